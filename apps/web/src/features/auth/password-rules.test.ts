import { describe, expect, it } from 'vitest';
import { checkPassword, isPasswordStrong, STAFF_MIN_LENGTH } from './password-rules';

describe('password rules', () => {
  it('accepts a patient password with all four kinds of character', () => {
    expect(isPasswordStrong('Talon-2026')).toBe(true);
    expect(isPasswordStrong('Ёлка#1ёлка')).toBe(true);
  });

  it('names each missing part', () => {
    expect(checkPassword('abc')).toEqual({
      length: false,
      upper: false,
      lower: true,
      digit: false,
      special: false,
    });
    expect(checkPassword('ABCDEFGH1!')).toMatchObject({
      lower: false,
      upper: true,
      digit: true,
      special: true,
    });
    expect(checkPassword('Abcdefgh12')).toMatchObject({ special: false });
  });

  it('asks staff for 12 characters', () => {
    expect(isPasswordStrong('Talon-2026', STAFF_MIN_LENGTH)).toBe(false);
    expect(isPasswordStrong('Talon-2026-ok', STAFF_MIN_LENGTH)).toBe(true);
  });
});
