import { IdentityErrorCode } from './identity.errors';

export const PATIENT_MIN_PASSWORD = 8;
export const STAFF_MIN_PASSWORD = 12;
const MAX_PASSWORD = 256;

export type PasswordProblem =
  | { code: typeof IdentityErrorCode.WEAK_PASSWORD; minLength: number }
  | { code: typeof IdentityErrorCode.COMMON_PASSWORD };

/** Leetspeak a password list entry may hide behind ("P@ssw0rd" is "password"). */
const LEET: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '3': 'e',
  '1': 'i',
  '!': 'i',
  '0': 'o',
  $: 's',
  '5': 's',
  '7': 't',
};

/**
 * The words a password is made of, for the common-password check: lower case, leetspeak undone, and the
 * digits and symbols people add at the ends to satisfy a policy ("Qwerty123!") stripped.
 */
export function passwordStems(password: string): string[] {
  const trim = (text: string) => text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const unleet = (text: string) => [...text].map((c) => LEET[c] ?? c).join('');
  const lower = password.toLowerCase();
  const variants = [lower, trim(lower), unleet(lower), trim(unleet(lower)), unleet(trim(lower))];
  return [...new Set(variants)].filter(Boolean);
}

/**
 * docs/domain.md rule 13: patients at least 8 characters with upper- and lower-case letters, a digit and a special
 * character; staff at least 12; never a common password or one made of the person's own data.
 */
export function checkPassword(
  password: string,
  options: {
    isStaff: boolean;
    /** A list of leaked and common passwords, lower case (the API loads a 30 000-entry list). */
    commonPasswords: ReadonlySet<string>;
    personalWords?: readonly string[];
  },
): PasswordProblem | null {
  const minLength = options.isStaff ? STAFF_MIN_PASSWORD : PATIENT_MIN_PASSWORD;
  const hasAll =
    /\p{Lu}/u.test(password) &&
    /\p{Ll}/u.test(password) &&
    /\d/.test(password) &&
    /[^\p{L}\d\s]/u.test(password);
  if ([...password].length < minLength || password.length > MAX_PASSWORD || !hasAll) {
    return { code: IdentityErrorCode.WEAK_PASSWORD, minLength };
  }
  const stems = passwordStems(password);
  if (stems.some((stem) => options.commonPasswords.has(stem)))
    return { code: IdentityErrorCode.COMMON_PASSWORD };
  const personal = (options.personalWords ?? []).map((w) => w.toLowerCase()).filter((w) => w.length >= 4);
  if (personal.some((word) => stems.some((stem) => stem.includes(word)))) {
    return { code: IdentityErrorCode.COMMON_PASSWORD };
  }
  return null;
}
