/** A LOINC code's shape: one to seven digits, a hyphen and the check digit (`718-7`, `14749-6`). */
const LOINC = /^(\d{1,7})-(\d)$/;

/**
 * The check digit LOINC appends to a code's number: the mod-10 (Luhn) algorithm, doubling every second digit
 * starting from the rightmost one. `loincCheckDigit('718')` is 7, so the code reads `718-7`.
 */
export function loincCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const digit = Number(digits[digits.length - 1 - i]);
    const weighted = i % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return (10 - (sum % 10)) % 10;
}

/** True for a well-formed LOINC code whose check digit matches its number. */
export function isValidLoinc(code: string): boolean {
  const match = LOINC.exec(code);
  return match?.[1] !== undefined && Number(match[2]) === loincCheckDigit(match[1]);
}
