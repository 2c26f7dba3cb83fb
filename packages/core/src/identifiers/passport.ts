import { isDigits } from './digits';
import { fail, ok, type Result } from './result';

/** A Russian citizen's internal passport: 4-digit series and 6-digit number. */
export interface Passport {
  series: string;
  number: string;
}

/**
 * Parses a passport series and number written as `45 12 345678`, `4512 345678` or `4512345678`
 * (any whitespace is ignored). There is no checksum, so only the shape is verified.
 * Errors: `EMPTY`, `FORMAT` (anything but digits and spaces), `LENGTH` (not 10 digits).
 */
export function parsePassport(input: string): Result<Passport> {
  if (input.trim() === '') return fail('EMPTY');
  const digits = input.replace(/\s+/g, '');
  if (!isDigits(digits)) return fail('FORMAT');
  if (digits.length !== 10) return fail('LENGTH');
  return ok({ series: digits.slice(0, 4), number: digits.slice(4) });
}

/** True when `parsePassport` accepts the input. */
export const isValidPassport = (input: string): boolean => parsePassport(input).ok;

/** Display form `45 12 345678`, as printed in the passport itself. */
export const formatPassport = ({ series, number }: Passport): string =>
  `${series.slice(0, 2)} ${series.slice(2)} ${number}`;
