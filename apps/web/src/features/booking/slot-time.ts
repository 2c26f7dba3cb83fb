import { formatUtcOffset, timeZoneOffsetMinutes } from '../directory/time-zone';

/**
 * Times of slots are shown in the clinic's zone (docs/domain.md rule 10): the server sends each start with the
 * clinic's offset and its IANA zone, and a clinic-local day is the range the slot list is asked for.
 */

/** `2026-12-07` in `Asia/Kamchatka` → `2026-12-07T00:00:00+12:00` … `2026-12-08T00:00:00+12:00`. */
export function localDayRange(date: string, timeZone: string): { from: string; to: string } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const at = (d: number) => {
    const noon = new Date(Date.UTC(year, month - 1, d, 12));
    const offset = timeZoneOffsetMinutes(timeZone, noon);
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    const hh = String(Math.floor(abs / 60)).padStart(2, '0');
    const mm = String(abs % 60).padStart(2, '0');
    const local = new Date(Date.UTC(year, month - 1, d));
    return `${local.toISOString().slice(0, 10)}T00:00:00${sign}${hh}:${mm}`;
  };
  return { from: at(day), to: at(day + 1) };
}

/** «09:30» of a slot in its clinic's zone. */
export function formatSlotTime(start: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', timeZone }).format(
    new Date(start),
  );
}

/** «понедельник, 7 декабря» of a clinic-local calendar date. */
export function formatDayLong(date: string, language: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** «пн» and «7 дек.» of a calendar date, for the day buttons. */
export function formatDayShort(date: string, language: string): { weekday: string; day: string } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(year, month - 1, day));
  return {
    weekday: new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(at),
    day: new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(at),
  };
}

/** «7 декабря 2026, 09:30 (UTC+12)»: a visit's moment in its clinic's zone, the zone named. */
export function formatVisitMoment(start: string, timeZone: string, language: string): string {
  const at = new Date(start);
  const text = new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(at);
  return `${text} (${formatUtcOffset(timeZoneOffsetMinutes(timeZone, at))})`;
}
