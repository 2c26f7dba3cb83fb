import { describe, expect, it } from 'vitest';
import { checkPassword, passwordStems } from './password-policy';

const commonPasswords = new Set(['qwerty', 'password', 'privet']);
const check = (password: string, isStaff = false, personalWords: string[] = []) =>
  checkPassword(password, { isStaff, commonPasswords, personalWords });

describe('checkPassword (docs/domain.md rule 13)', () => {
  it('accepts a patient password of 8 with upper, lower, digit and special character', () => {
    expect(check('Весна-26')).toBeNull();
    expect(check('Lake#Blue7')).toBeNull();
  });

  it('refuses a short password or one missing a character class', () => {
    expect(check('Ab1!xyz')).toMatchObject({ code: 'WEAK_PASSWORD', minLength: 8 });
    expect(check('abcdefg1!')).toMatchObject({ code: 'WEAK_PASSWORD' });
    expect(check('ABCDEFG1!')).toMatchObject({ code: 'WEAK_PASSWORD' });
    expect(check('Abcdefgh!')).toMatchObject({ code: 'WEAK_PASSWORD' });
    expect(check('Abcdefgh1')).toMatchObject({ code: 'WEAK_PASSWORD' });
  });

  it('asks staff for at least 12 characters', () => {
    expect(check('Lake#Blue7', true)).toMatchObject({ code: 'WEAK_PASSWORD', minLength: 12 });
    expect(check('Lake#Blue7-River', true)).toBeNull();
  });

  it('sees through the digits, symbols and leetspeak people add to a common word', () => {
    expect(check('Qwerty123!')).toEqual({ code: 'COMMON_PASSWORD' });
    expect(check('P@ssw0rd!1')).toEqual({ code: 'COMMON_PASSWORD' });
    expect(passwordStems('!Privet2024')).toContain('privet');
  });

  it("refuses a password built on the person's own name", () => {
    expect(check('Ivanova#1985', false, ['Ivanova', 'Maria'])).toEqual({ code: 'COMMON_PASSWORD' });
  });
});
