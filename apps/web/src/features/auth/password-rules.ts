/** docs/domain.md rule 13: patients at least 8 characters, staff at least 12; both need all four kinds of character. */
export const PATIENT_MIN_LENGTH = 8;
export const STAFF_MIN_LENGTH = 12;

export type PasswordRule = 'length' | 'upper' | 'lower' | 'digit' | 'special';

export const PASSWORD_RULES: readonly PasswordRule[] = ['length', 'upper', 'lower', 'digit', 'special'];

/**
 * Which parts of the rule a password meets, for the live checklist. Letters of any alphabet count (a
 * Russian password is as good as a Latin one); anything that is neither a letter nor a digit is special.
 * The server has the last word: it also refuses common passwords.
 */
export function checkPassword(
  password: string,
  minLength: number = PATIENT_MIN_LENGTH,
): Record<PasswordRule, boolean> {
  return {
    length: [...password].length >= minLength,
    upper: /\p{Lu}/u.test(password),
    lower: /\p{Ll}/u.test(password),
    digit: /\p{Nd}/u.test(password),
    special: /[^\p{L}\p{Nd}]/u.test(password),
  };
}

/** True when the password meets every part of the rule. */
export const isPasswordStrong = (password: string, minLength?: number): boolean =>
  Object.values(checkPassword(password, minLength)).every(Boolean);
