// Internal helpers shared by the numeric identifiers; not part of the public API.

/** Whitespace and the dash-like characters people type or paste between digit groups. */
const SEPARATORS = /[\s\u00a0\-\u2010-\u2015]/g;

/** Removes spaces and hyphens/dashes, which carry no meaning inside a number. */
export const stripSeparators = (input: string): string => input.replace(SEPARATORS, '');

/** True when the string is non-empty and made of ASCII digits only. */
export const isDigits = (value: string): boolean => /^\d+$/.test(value);

/** The digits of an all-digit string as numbers. */
export const toDigits = (value: string): number[] => Array.from(value, Number);

/**
 * Remainder of a long decimal number modulo `modulus`, computed digit by digit (Horner's rule), so the
 * result is exact for any length without BigInt.
 */
export function decimalRemainder(digits: string, modulus: number): number {
  let rest = 0;
  for (const ch of digits) rest = (rest * 10 + Number(ch)) % modulus;
  return rest;
}

/** Σ digit·weight over the leading digits of `digits` (as many as there are weights). */
export function weightedSum(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, weight, i) => sum + Number(digits[i]) * weight, 0);
}
