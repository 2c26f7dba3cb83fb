import { isDigits, stripSeparators, weightedSum } from './digits';
import { fail, ok, type Result } from './result';

/**
 * Highest SNILS number issued before check digits were introduced (001-001-998). Numbers at or below it
 * carry arbitrary last two digits, so they must be accepted without a check.
 */
const LAST_UNCHECKED_NUMBER = 1_001_998;

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, 1] as const;

/**
 * The two check digits for the first nine digits of a SNILS.
 *
 * `S = d1·9 + … + d9·1`; the check is `S mod 101`, written with two digits, where a result of 100 is
 * written `00`. This single formula covers the official wording (`S < 100` → `S`; 100 and 101 → `00`;
 * otherwise `S mod 101`, with 100 → `00`).
 *
 * @param number9 exactly nine digits
 */
export function snilsCheckDigits(number9: string): string {
  if (!/^\d{9}$/.test(number9)) throw new RangeError('snilsCheckDigits expects nine digits');
  const check = weightedSum(number9, WEIGHTS) % 101;
  return String(check === 100 ? 0 : check).padStart(2, '0');
}

/**
 * Parses a SNILS typed with or without spaces and hyphens (`112-233-445 95`, `11223344595`) and returns
 * its 11 digits.
 *
 * Errors: `EMPTY`; `FORMAT` (anything but digits and separators); `LENGTH` (not 11 digits); `RANGE`
 * (number part 000-000-000, never issued — it would otherwise pass because it is in the unchecked range);
 * `CHECKSUM` (numbers above 001-001-998 whose check digits do not match).
 */
export function parseSnils(input: string): Result<string> {
  if (input.trim() === '') return fail('EMPTY');
  const digits = stripSeparators(input);
  if (!isDigits(digits)) return fail('FORMAT');
  if (digits.length !== 11) return fail('LENGTH');
  const number9 = digits.slice(0, 9);
  const numeric = Number(number9);
  if (numeric === 0) return fail('RANGE');
  if (numeric > LAST_UNCHECKED_NUMBER && snilsCheckDigits(number9) !== digits.slice(9)) {
    return fail('CHECKSUM');
  }
  return ok(digits);
}

/** True when `parseSnils` accepts the input. */
export const isValidSnils = (input: string): boolean => parseSnils(input).ok;

/**
 * Display form `XXX-XXX-XXX YY` of a SNILS. Separators in the input are ignored; anything that is not
 * 11 digits is returned unchanged, because a formatter must never hide what the user actually typed.
 */
export function formatSnils(snils: string): string {
  const d = stripSeparators(snils);
  if (!/^\d{11}$/.test(d)) return snils;
  return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 9)} ${d.slice(9)}`;
}
