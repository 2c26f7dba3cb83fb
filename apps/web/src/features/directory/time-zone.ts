/**
 * Russia spans UTC+2 to UTC+12 and every clinic shows its times in its own zone (docs/domain.md, rule 10).
 * These helpers name a zone with its UTC offset at a given moment, using only Intl.
 */

/** Offset of `timeZone` from UTC at `at`, in minutes (Asia/Kamchatka → 720). */
export function timeZoneOffsetMinutes(timeZone: string, at: Date): number {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  // "GMT" for UTC itself, otherwise "GMT+12:00" / "GMT-03:30".
  const match = part?.match(/^GMT([+-])(\d{2}):(\d{2})$/);
  if (!match) return 0;
  const [, sign, hours, minutes] = match;
  const total = Number(hours) * 60 + Number(minutes);
  return sign === '-' ? -total : total;
}

/** «UTC+12», «UTC+5:30», «UTC−3», «UTC». */
export function formatUtcOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes > 0 ? '+' : '\u2212';
  const absolute = Math.abs(offsetMinutes);
  const hours = Math.floor(absolute / 60);
  const minutes = absolute % 60;
  return `UTC${sign}${hours}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

export interface ForeignTimeZone {
  timeZone: string;
  offset: string;
}

/**
 * The clinic's zone when its clock differs from the user's at `at`, else null. Zones with the same offset
 * (Europe/Moscow and Europe/Simferopol) need no remark.
 */
export function foreignTimeZone(
  clinicTimeZone: string,
  userTimeZone: string,
  at: Date,
): ForeignTimeZone | null {
  const clinicOffset = timeZoneOffsetMinutes(clinicTimeZone, at);
  if (clinicOffset === timeZoneOffsetMinutes(userTimeZone, at)) return null;
  return { timeZone: clinicTimeZone, offset: formatUtcOffset(clinicOffset) };
}

/** The IANA zone of this browser. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
