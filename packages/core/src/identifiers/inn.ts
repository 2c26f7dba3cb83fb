import { isDigits, weightedSum } from './digits';
import { fail, ok, type Result } from './result';

const WEIGHTS_10 = [2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const WEIGHTS_11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;
const WEIGHTS_12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8] as const;

const checkDigit = (digits: string, weights: readonly number[]): string =>
  String((weightedSum(digits, weights) % 11) % 10);

/**
 * Check digits of an ИНН (taxpayer number) for the digits that precede them: given 9 digits
 * (organisation) returns the 10th; given 10 digits (individual) returns the 11th and 12th, the 12th
 * being computed over the first ten digits plus the 11th. Each check is `Σ dᵢ·wᵢ mod 11 mod 10`.
 *
 * @param prefix nine or ten digits
 */
export function innCheckDigits(prefix: string): string {
  if (/^\d{9}$/.test(prefix)) return checkDigit(prefix, WEIGHTS_10);
  if (!/^\d{10}$/.test(prefix)) throw new RangeError('innCheckDigits expects nine or ten digits');
  const n11 = checkDigit(prefix, WEIGHTS_11);
  return n11 + checkDigit(prefix + n11, WEIGHTS_12);
}

function parseInnOfLengths(input: string, lengths: readonly number[]): Result<string> {
  if (input.trim() === '') return fail('EMPTY');
  // Only whitespace is tolerated: an ИНН is never written with hyphens, so anything else is a typo.
  const digits = input.replace(/\s+/g, '');
  if (!isDigits(digits)) return fail('FORMAT');
  if (!lengths.includes(digits.length)) return fail('LENGTH');
  // Region code 00 does not exist; without this rule 0000000000 would pass, as all zeros sum to 0.
  if (digits.startsWith('00')) return fail('RANGE');
  const body = digits.slice(0, digits.length === 10 ? 9 : 10);
  if (innCheckDigits(body) !== digits.slice(body.length)) return fail('CHECKSUM');
  return ok(digits);
}

/**
 * Parses an ИНН of either kind: 12 digits (individual, two check digits) or 10 digits (organisation,
 * one check digit). Whitespace is ignored. Errors: `EMPTY`, `FORMAT`, `LENGTH`, `RANGE` (region `00`),
 * `CHECKSUM`.
 */
export const parseInn = (input: string): Result<string> => parseInnOfLengths(input, [10, 12]);

/** Like `parseInn`, but only an individual's 12-digit ИНН is accepted (`LENGTH` otherwise). */
export const parseIndividualInn = (input: string): Result<string> => parseInnOfLengths(input, [12]);

/** Like `parseInn`, but only an organisation's 10-digit ИНН is accepted (`LENGTH` otherwise). */
export const parseOrganizationInn = (input: string): Result<string> => parseInnOfLengths(input, [10]);

/** True when `parseInn` accepts the input (10 or 12 digits). */
export const isValidInn = (input: string): boolean => parseInn(input).ok;
