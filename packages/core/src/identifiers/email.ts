/**
 * An e-mail address as Talon accepts it: no spaces, one `@`, a dot in the domain, a top-level domain of two
 * characters or more, and the lengths RFC 5321 allows a mailbox (local part up to 64). Deliberately loose
 * otherwise (Cyrillic domains such as `почта.рф` are fine): the mailbox itself is the proof.
 *
 * The one rule for registration (identity), the web forms and — as a copy, since contracts import nothing
 * of ours — the ticket email request (`EMAIL_PATTERN` of @talon/contracts); apps/api/src/shared-rules.test.ts
 * checks that the copy agrees.
 */
export const EMAIL_PATTERN = /^[^\s@]{1,64}@[^\s@]{1,189}\.[^\s@]{2,63}$/;

/** True for an address `EMAIL_PATTERN` accepts (trim it first: spaces are refused). */
export const isValidEmail = (value: string): boolean => EMAIL_PATTERN.test(value);
