/**
 * Dates of the account pages. A calendar date (`2015-04-12`: a birth date) is shown as it is, whatever the
 * browser's zone; an instant (`2026-11-22T10:00:00Z`) is shown in Moscow time, the zone of the legal
 * deadlines of personal-data requests (docs/domain.md rule 19) and of the dates the server reports.
 */
const MOSCOW = 'Europe/Moscow';

/** `2015-04-12` → «12.04.2015» in Russian; the language decides the order and separators. */
export function formatCalendarDate(isoDate: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeZone: 'UTC' }).format(date);
}

/** The day of an instant in Moscow: «22.11.2026». */
export function formatMoscowDate(isoInstant: string, language: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeZone: MOSCOW }).format(date);
}

/** Day and time of an instant in Moscow: «22.11.2026, 13:00». */
export function formatMoscowDateTime(isoInstant: string, language: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: MOSCOW,
  }).format(date);
}

/** Time without the zone: the clinic-local wall time of `2026-12-07T09:00:00+03:00` («09:00»). */
export const wallTime = (zonedIsoInstant: string): string => zonedIsoInstant.slice(11, 16);

/** How far the zone's wall clock is ahead of UTC at the instant, in milliseconds («GMT+12:00» → 12 h). */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(instant))
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === '-' ? -minutes : minutes) * 60_000;
}

/**
 * A clinic's wall time as a `datetime-local` field holds it (`2026-12-07T08:00`) → the ISO instant, read in the
 * clinic's zone whatever the browser's: `('2026-12-07T08:00', 'Asia/Kamchatka')` → `2026-12-06T20:00:00.000Z`.
 */
export function clinicWallTimeToIso(local: string, timeZone: string): string {
  const asUtc = Date.parse(`${local}:00Z`);
  const guess = asUtc - zoneOffsetMs(asUtc, timeZone);
  return new Date(asUtc - zoneOffsetMs(guess, timeZone)).toISOString();
}
