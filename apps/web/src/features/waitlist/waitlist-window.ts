/** The server takes windows of at most 30 days ahead (docs/booking.md, `WAITLIST_WINDOW_TOO_LONG`). */
export const MAX_WINDOW_DAYS = 30;
/** Two weeks: the specialists' legal maximum wait (docs/domain.md §4a), a sensible first window. */
const DEFAULT_WINDOW_DAYS = 14;

const pad = (value: number) => String(value).padStart(2, '0');

/** `YYYY-MM-DD` of `date` in the browser's zone (the date a person reads on their calendar). */
export const localIsoDate = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** `YYYY-MM-DD` `days` after the calendar date `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const moved = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days));
  return moved.toISOString().slice(0, 10);
}

/** The window the form proposes: from `firstDay` (or today) for two weeks, never past the 30-day limit. */
export function defaultWindow(
  now: Date,
  firstDay?: string | null,
): { from: string; to: string; min: string; max: string } {
  const today = localIsoDate(now);
  const max = addDays(today, MAX_WINDOW_DAYS);
  const from = firstDay && firstDay > today && firstDay <= max ? firstDay : today;
  const to = addDays(from, DEFAULT_WINDOW_DAYS - 1);
  // ISO dates compare as strings; the window never passes the server's limit.
  return { from, to: [to, max].sort()[0] ?? max, min: today, max };
}
