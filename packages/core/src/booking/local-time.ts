import { formatInZone, localDate, localTime } from '../shared';

export { localDate };

/** ISO 8601 with the zone's offset at that instant, e.g. `2026-12-01T09:00:00+03:00` (docs/domain.md rule 10). */
export const zonedIso = formatInZone;

/** Whole days from local date `from` to local date `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `2026-12-01` → `01.12.2026`, as Russian documents and messages write dates. */
export const russianDate = (isoDate: string): string => isoDate.split('-').reverse().join('.');

/** `01.12.2026 в 09:00` in the clinic's zone, for messages. */
export function formatLocalDateTime(at: Date, timeZone: string): string {
  return `${russianDate(localDate(at, timeZone))} в ${localTime(at, timeZone)}`;
}
