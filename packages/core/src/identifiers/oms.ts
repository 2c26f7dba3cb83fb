import { isDigits, stripSeparators } from './digits';
import { fail, ok, type Result } from './result';

/**
 * A compulsory medical insurance (ОМС) document: the single-format policy number (ЕНП, 16 digits), an
 * older policy (series + number) or a temporary certificate (9 digits).
 */
export type OmsPolicy =
  | { kind: 'enp'; number: string }
  | { kind: 'old'; series: string; number: string }
  | { kind: 'temporary'; number: string };

/**
 * The Luhn check digit for the first 15 digits of an ЕНП (equivalent to the ФФОМС rule): from the
 * rightmost digit leftwards every other digit is doubled (minus 9 when above 9), and the check digit
 * brings the sum up to a multiple of 10.
 *
 * @param first15 exactly fifteen digits
 */
export function omsCheckDigit(first15: string): string {
  if (!/^\d{15}$/.test(first15)) throw new RangeError('omsCheckDigit expects fifteen digits');
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const digit = Number(first15[14 - i]);
    const doubled = digit * 2;
    sum += i % 2 === 0 ? (doubled > 9 ? doubled - 9 : doubled) : digit;
  }
  return String((10 - (sum % 10)) % 10);
}

/**
 * Parses an ЕНП (single policy number): 16 digits, spaces and hyphens allowed, the last digit being the
 * Luhn check digit. Errors: `EMPTY`, `FORMAT`, `LENGTH`, `CHECKSUM`.
 */
export function parseOms(input: string): Result<string> {
  if (input.trim() === '') return fail('EMPTY');
  const digits = stripSeparators(input);
  if (!isDigits(digits)) return fail('FORMAT');
  if (digits.length !== 16) return fail('LENGTH');
  if (omsCheckDigit(digits.slice(0, 15)) !== digits[15]) return fail('CHECKSUM');
  return ok(digits);
}

/** True when `parseOms` accepts the input (a valid ЕНП). */
export const isValidOms = (input: string): boolean => parseOms(input).ok;

/** Old policy: a series of letters/digits (optionally with a hyphen), a space, a number of digits. */
const OLD_POLICY = /^([0-9A-ZА-ЯЁ]{1,10}(?:-[0-9A-ZА-ЯЁ]{1,10})?)\s+(\d{1,16})$/;

/**
 * Parses any ОМС document a patient may still hold and tells which one it is.
 *
 * Digits only (after removing separators): 16 → ЕНП (checksum verified), 9 → temporary certificate.
 * Otherwise a series, a space and a number → old-format policy. Old kinds have no published checksum,
 * so they are accepted as typed (series upper-cased). Ambiguous input such as `7700 000000000016` is
 * read as the newest kind whose shape fits, because that is what patients overwhelmingly hold.
 * Errors: `EMPTY`, `LENGTH` (digits only, but neither 16 nor 9), `CHECKSUM` (ЕНП), `FORMAT`.
 */
export function parseOmsPolicy(input: string): Result<OmsPolicy> {
  const trimmed = input.trim();
  if (trimmed === '') return fail('EMPTY');
  const digits = stripSeparators(trimmed);
  if (isDigits(digits) && digits.length === 9) return ok({ kind: 'temporary', number: digits });
  if (isDigits(digits) && digits.length === 16) {
    const enp = parseOms(digits);
    return enp.ok ? ok({ kind: 'enp', number: enp.value }) : enp;
  }
  const old = OLD_POLICY.exec(trimmed.replace(/\s+/g, ' ').toUpperCase());
  if (old?.[1] && old[2]) return ok({ kind: 'old', series: old[1], number: old[2] });
  return fail(isDigits(digits) ? 'LENGTH' : 'FORMAT');
}
