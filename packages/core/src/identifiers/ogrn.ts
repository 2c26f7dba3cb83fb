import { decimalRemainder, isDigits } from './digits';
import { fail, ok, type Result } from './result';

/**
 * Check digit of an ОГРН (13 digits, legal entity): the first 12 digits read as one number, `mod 11`,
 * then `mod 10`. The remainder is computed digit by digit, so precision never depends on Number size.
 *
 * @param first12 exactly twelve digits
 */
export function ogrnCheckDigit(first12: string): string {
  if (!/^\d{12}$/.test(first12)) throw new RangeError('ogrnCheckDigit expects twelve digits');
  return String(decimalRemainder(first12, 11) % 10);
}

/**
 * Check digit of an ОГРНИП (15 digits, sole proprietor): the first 14 digits as one number, `mod 13`,
 * then `mod 10`.
 *
 * @param first14 exactly fourteen digits
 */
export function ogrnipCheckDigit(first14: string): string {
  if (!/^\d{14}$/.test(first14)) throw new RangeError('ogrnipCheckDigit expects fourteen digits');
  return String(decimalRemainder(first14, 13) % 10);
}

function parseRegistrationNumber(input: string, length: number, check: (body: string) => string) {
  if (input.trim() === '') return fail<string>('EMPTY');
  const digits = input.replace(/\s+/g, '');
  if (!isDigits(digits)) return fail<string>('FORMAT');
  if (digits.length !== length) return fail<string>('LENGTH');
  // The first digit is the record kind (1/5 for ОГРН, 3 for ОГРНИП); 0 is never used, and an all-zero
  // number would otherwise pass the arithmetic.
  if (digits.startsWith('0')) return fail<string>('RANGE');
  if (check(digits.slice(0, -1)) !== digits.slice(-1)) return fail<string>('CHECKSUM');
  return ok(digits);
}

/**
 * Parses an ОГРН (13 digits). Whitespace is ignored. Errors: `EMPTY`, `FORMAT`, `LENGTH`, `RANGE`
 * (first digit 0), `CHECKSUM`.
 */
export const parseOgrn = (input: string): Result<string> =>
  parseRegistrationNumber(input, 13, ogrnCheckDigit);

/** Parses an ОГРНИП (15 digits); same rules and errors as `parseOgrn`, with the `mod 13` check. */
export const parseOgrnip = (input: string): Result<string> =>
  parseRegistrationNumber(input, 15, ogrnipCheckDigit);

/** True when `parseOgrn` accepts the input. */
export const isValidOgrn = (input: string): boolean => parseOgrn(input).ok;

/** True when `parseOgrnip` accepts the input. */
export const isValidOgrnip = (input: string): boolean => parseOgrnip(input).ok;
