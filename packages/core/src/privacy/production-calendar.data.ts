/**
 * The Russian production calendar (производственный календарь) as far as deadlines need it: weekdays that are
 * not worked and weekend days that are. Saturdays and Sundays are non-working unless listed in
 * `workingWeekendDays`.
 *
 * Sources:
 * - Трудовой кодекс РФ, ст. 112: non-working public holidays — 1–6 and 8 January (New Year holidays),
 *   7 January, 23 February, 8 March, 1 May, 9 May, 12 June, 4 November. A holiday falling on a Saturday or
 *   Sunday moves the day off to the next working day, except the January holidays, whose two weekend days the
 *   Government moves by decree to other dates of the year.
 * - 2026: Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»
 *   (3 January → 9 January, 4 January → 31 December).
 * - 2027: no decree yet when this list was written, so only the automatic transfers of ст. 112 are listed
 *   (1 May → 3 May, 9 May → 10 May, 12 June → 14 June). The two January weekend days (2 and 3 January 2027)
 *   will be moved by the 2027 decree (a draft spoke of 5 November off and Saturday 13 November worked):
 *   add those dates once it is published.
 *
 * UPDATE THIS LIST EVERY YEAR (the decree for the next year is usually signed in August–October). Past the
 * last listed year, only weekends are known; `isCalendarKnown` tells which years are covered.
 */
export const PRODUCTION_CALENDAR = {
  years: [2026, 2027],
  /** Non-working weekdays (holidays and days off moved onto weekdays), `YYYY-MM-DD`. */
  nonWorkingWeekdays: [
    // 2026 (ст. 112 and decree № 1466)
    '2026-01-01',
    '2026-01-02',
    '2026-01-05',
    '2026-01-06',
    '2026-01-07',
    '2026-01-08',
    '2026-01-09', // moved from Saturday 3 January
    '2026-02-23',
    '2026-03-09', // 8 March is a Sunday
    '2026-05-01',
    '2026-05-11', // 9 May is a Saturday
    '2026-06-12',
    '2026-11-04',
    '2026-12-31', // moved from Sunday 4 January
    // 2027 (ст. 112 only; the decree moving 2–3 January is not yet known)
    '2027-01-01',
    '2027-01-04',
    '2027-01-05',
    '2027-01-06',
    '2027-01-07',
    '2027-01-08',
    '2027-02-23',
    '2027-03-08',
    '2027-05-03', // 1 May is a Saturday
    '2027-05-10', // 9 May is a Sunday
    '2027-06-14', // 12 June is a Saturday
    '2027-11-04',
  ],
  /** Saturdays and Sundays made working days by a decree, `YYYY-MM-DD`. None in 2026; 2027 not yet decided. */
  workingWeekendDays: [] as string[],
} as const;
