import type { Random } from './random';

/**
 * The "today" of generated data. Ages, experience and attachment dates count back from this fixed day, not
 * from the clock, so the same seed gives the same data whenever it runs.
 */
export const REFERENCE_DATE = '2026-01-01';

const DAY_MS = 86_400_000;

// Dates are handled as day numbers; the conversions are cached because a million patients need only some
// 35 000 distinct days, and `Date` parsing and formatting would otherwise be a good part of the seed time.
const dayByIso = new Map<string, number>();
const isoByDay = new Map<number, string>();

function toDay(iso: string): number {
  let day = dayByIso.get(iso);
  if (day === undefined) {
    day = Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
    dayByIso.set(iso, day);
  }
  return day;
}

function fromDay(day: number): string {
  let iso = isoByDay.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoByDay.set(day, iso);
  }
  return iso;
}

const yearsBeforeCache = new Map<string, string>();

/** ISO date `years` calendar years (and `extraDays` more days) before `iso`; 29 February moves to 1 March. */
export function yearsBefore(iso: string, years: number, extraDays = 0): string {
  const key = `${iso}|${years}|${extraDays}`;
  let result = yearsBeforeCache.get(key);
  if (result === undefined) {
    const date = new Date(`${iso}T00:00:00Z`);
    date.setUTCFullYear(date.getUTCFullYear() - years);
    result = fromDay(date.getTime() / DAY_MS - extraDays);
    yearsBeforeCache.set(key, result);
  }
  return result;
}

/** A uniformly random ISO date in [from, to]. */
export function randomDateBetween(random: Random, from: string, to: string): string {
  return fromDay(random.int(toDay(from), toDay(to)));
}

/** A date of birth for someone who is exactly `age` full years old on the reference date. */
export function birthDateForAge(random: Random, age: number): string {
  // Born after the same day (age + 1) years back, and on or before the same day `age` years back.
  return randomDateBetween(
    random,
    yearsBefore(REFERENCE_DATE, age + 1, -1),
    yearsBefore(REFERENCE_DATE, age),
  );
}

/** The later of two ISO dates. */
export const laterOf = (a: string, b: string): string => (a > b ? a : b);
