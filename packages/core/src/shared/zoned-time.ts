/**
 * Clinic-local time without a date library (core depends on nothing): `Intl` knows every IANA zone, and
 * the offset of a zone at an instant is the difference between its wall clock read as UTC and the instant.
 * Russia has kept fixed offsets since 2014, but nothing here assumes it. The one implementation of
 * time-zone arithmetic on the server side: core, db (seed) and api use these functions.
 */

const MINUTE = 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall clock as Intl reads it: exact, and slow (a list of parts each time — µs, not ns). */
function readWallClock(instant: Date, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/** The wall clock read as UTC minus the instant (to the whole second), in milliseconds. */
function exactOffsetMs(instant: number, timeZone: string): number {
  const w = readWallClock(new Date(instant), timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * Offsets are remembered per zone and quarter hour: a page of slots formats dozens of instants, and reading
 * each through Intl was half of a served search's CPU. Zones change offset on quarter-hour boundaries in
 * practice; a quarter whose first and last second disagree (it holds a change) or whose offset is not whole
 * minutes (local mean time before 1920) is marked unsure and read exactly each time.
 */
const QUARTER = 15 * MINUTE;
const MAX_REMEMBERED_QUARTERS = 50_000;
const quarterOffsets = new Map<string, number>();

/** The zone's offset in ms over the quarter hour holding `instant`; NaN when it must be read exactly. */
function quarterOffset(instant: number, timeZone: string): number {
  const quarter = Math.floor(instant / QUARTER);
  const key = `${timeZone} ${quarter}`;
  let offset = quarterOffsets.get(key);
  if (offset === undefined) {
    const first = exactOffsetMs(quarter * QUARTER, timeZone);
    const last = exactOffsetMs((quarter + 1) * QUARTER - 1_000, timeZone);
    offset = first === last && first % MINUTE === 0 ? first : Number.NaN;
    if (quarterOffsets.size >= MAX_REMEMBERED_QUARTERS) quarterOffsets.clear();
    quarterOffsets.set(key, offset);
  }
  return offset;
}

function wallClock(instant: Date, timeZone: string): WallClock {
  const offset = quarterOffset(instant.getTime(), timeZone);
  if (Number.isNaN(offset)) return readWallClock(instant, timeZone);
  const local = new Date(instant.getTime() + offset);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

const pad = (value: number, size = 2) => String(Math.abs(value)).padStart(size, '0');

/** True when `timeZone` is an IANA name this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Offset of the zone from UTC at the instant, in minutes (Kaliningrad +120, Kamchatka +720). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const remembered = quarterOffset(instant.getTime(), timeZone);
  if (!Number.isNaN(remembered)) return remembered / MINUTE;
  const w = readWallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / MINUTE);
}

/** The instant as ISO 8601 with the zone's offset, e.g. `2026-12-01T09:00:00+02:00` (seconds kept). */
export function formatInZone(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  const offset = offsetMinutes(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` +
    `${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

/** The clinic-local calendar date of the instant, `YYYY-MM-DD`. */
export function localDate(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** The clinic-local wall-clock time of the instant, `HH:MM`. */
export function localTime(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** The ISO weekday of a calendar date `YYYY-MM-DD`: 1 is Monday, 7 is Sunday. */
export function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/**
 * The instant local midnight begins on `date` in the zone. Guess with the offset at UTC midnight, then
 * correct once with the offset at the guess (enough for any zone whose offset changes at most once a day).
 */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`).getTime();
  const guess = utcMidnight - offsetMinutes(new Date(utcMidnight), timeZone) * MINUTE;
  return new Date(utcMidnight - offsetMinutes(new Date(guess), timeZone) * MINUTE);
}

/**
 * The instant the local clock of the zone shows `minutes` past midnight of `date` (0 ≤ minutes ≤ 1440).
 * A wall time that does not exist (skipped when clocks go forward) moves forward by the gap; one that
 * happens twice (clocks go back) is its first occurrence — as luxon and Temporal resolve them.
 */
export function atLocalMinutes(date: string, minutes: number, timeZone: string): Date {
  const wall = new Date(`${date}T00:00:00Z`).getTime() + minutes * MINUTE;
  const assumed = offsetMinutes(startOfLocalDay(date, timeZone), timeZone);
  const first = wall - assumed * MINUTE;
  const actual = offsetMinutes(new Date(first), timeZone);
  if (actual === assumed) return new Date(first);
  const second = first - (actual - assumed) * MINUTE;
  const corrected = offsetMinutes(new Date(second), timeZone);
  if (corrected === actual) return new Date(second);
  // In the gap: neither offset gives this wall time back; read it with the offset before the change.
  return new Date(wall - Math.min(actual, corrected) * MINUTE);
}
