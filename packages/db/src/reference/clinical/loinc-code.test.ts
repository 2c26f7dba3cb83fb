import { describe, expect, it } from 'vitest';
import { isValidLoinc, loincCheckDigit } from './loinc-code';

/**
 * An independent oracle: the whole code with its check digit (hyphen dropped) passes the Luhn test when
 * the sum of its digits, every second one from the check digit leftwards doubled, is a multiple of 10.
 */
function passesLuhn(code: string): boolean {
  const digits = code.replace('-', '');
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

describe('LOINC check digit', () => {
  it('computes the check digit of published codes', () => {
    const published = [
      '718-7',
      '2345-7',
      '14749-6',
      '58410-2',
      '4537-7',
      '2000-8',
      '24331-1',
      '18842-5',
      '11502-2',
    ];
    for (const code of published) {
      const [number, check] = code.split('-');
      expect(loincCheckDigit(number ?? ''), code).toBe(Number(check));
      expect(isValidLoinc(code), code).toBe(true);
      expect(passesLuhn(code), code).toBe(true);
    }
  });

  it('agrees with the Luhn oracle on every number up to 30000', () => {
    const failing: string[] = [];
    for (let n = 1; n <= 30_000; n += 1) {
      const code = `${n}-${loincCheckDigit(String(n))}`;
      if (!passesLuhn(code)) failing.push(code);
    }
    expect(failing).toEqual([]);
  });

  it('rejects a wrong check digit and malformed codes', () => {
    for (const code of [
      '718-8',
      '2345-1',
      '718',
      '718-',
      '-7',
      '71 8-7',
      'LP1234-5',
      '12345678-9',
      '718-77',
    ]) {
      expect(isValidLoinc(code), code).toBe(false);
    }
  });
});
