import { localDate } from '../shared';
import { fail, ok, type Result } from './result';

/** A calendar date as plain numbers — no `Date`, hence no time zone. */
interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Oldest age accepted for a date of birth. */
const MAX_AGE = 130;

const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

const toIso = ({ year, month, day }: CalendarDate): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Orders dates by a single number: yyyymmdd. */
const ordinal = ({ year, month, day }: CalendarDate): number => year * 10_000 + month * 100 + day;

function readCalendarDate(input: string): Result<CalendarDate> {
  const text = input.trim();
  if (text === '') return fail('EMPTY');
  const dotted = DOTTED.exec(text);
  const iso = dotted ? null : ISO.exec(text);
  if (!dotted && !iso) return fail('FORMAT');
  const [year, month, day] = dotted
    ? [Number(dotted[3]), Number(dotted[2]), Number(dotted[1])]
    : [Number(iso?.[1]), Number(iso?.[2]), Number(iso?.[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail('RANGE');
  }
  return ok({ year, month, day });
}

/**
 * Parses a date typed as `дд.мм.гггг` (day and month may have one digit: `1.2.2020`) or `гггг-мм-дд`
 * and returns it as ISO `YYYY-MM-DD`. Impossible dates (`31.02.2020`, `29.02.2023`, month 13) are
 * rejected: a `Date` would silently roll them over into the next month.
 * Errors: `EMPTY`, `FORMAT`, `RANGE` (no such day).
 */
export function parseDateInput(input: string): Result<string> {
  const date = readCalendarDate(input);
  return date.ok ? ok(toIso(date.value)) : date;
}

/** True when `parseDateInput` accepts the input. */
export const isValidDateInput = (input: string): boolean => parseDateInput(input).ok;

/**
 * Today's calendar date. `timeZone` matters near midnight: at 22:00 UTC it is already the next day in
 * Moscow. Without it the UTC date is used, as elsewhere in the project.
 */
function calendarDateOf(today: Date, timeZone = 'UTC'): CalendarDate {
  const [year = 0, month = 0, day = 0] = localDate(today, timeZone).split('-').map(Number);
  return { year, month, day };
}

/**
 * Parses a date of birth (formats as in `parseDateInput`) and checks it against `today`, which the caller
 * passes in so that rules never read the system clock. The date may be today (a newborn) but not later,
 * and the person may be at most 130 full years old. Dates are compared as calendar dates (year, month,
 * day numbers); today's date is taken in `timeZone` if given (e.g. `Europe/Moscow`), otherwise in UTC.
 * Errors: those of `parseDateInput`, plus `FUTURE` and `TOO_OLD`.
 */
export function parseBirthDate(input: string, today: Date, timeZone?: string): Result<string> {
  const parsed = readCalendarDate(input);
  if (!parsed.ok) return parsed;
  const birth = parsed.value;
  const now = calendarDateOf(today, timeZone);
  if (ordinal(birth) > ordinal(now)) return fail('FUTURE');
  // Full years: the birthday this year has passed when (month, day) of today is not before it.
  const hadBirthday = now.month * 100 + now.day >= birth.month * 100 + birth.day;
  const age = now.year - birth.year - (hadBirthday ? 0 : 1);
  if (age > MAX_AGE) return fail('TOO_OLD');
  return ok(toIso(birth));
}

/** True when `parseBirthDate` accepts the input for the given `today`. */
export const isValidBirthDate = (input: string, today: Date, timeZone?: string): boolean =>
  parseBirthDate(input, today, timeZone).ok;
