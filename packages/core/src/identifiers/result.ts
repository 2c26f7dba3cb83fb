/**
 * Why an input was rejected. One small vocabulary shared by every identifier, so the API can map a code
 * to a Russian explanation (see `messages.ts`) without knowing which validator produced it.
 */
export type IdentifierError =
  /** Nothing but whitespace was entered. */
  | 'EMPTY'
  /** Characters or layout that the identifier never has (letters in a number, a wrong pattern). */
  | 'FORMAT'
  /** Right characters, wrong count of digits. */
  | 'LENGTH'
  /** The check digits do not match the rest of the number (usually a typo). */
  | 'CHECKSUM'
  /** Well-formed, but a part is out of its allowed range (region `00`, 31 February, all zeros). */
  | 'RANGE'
  /** A phone number of another country. */
  | 'COUNTRY'
  /** A date that has not happened yet. */
  | 'FUTURE'
  /** A date of birth that would make the person older than allowed. */
  | 'TOO_OLD'
  /** Well-formed code that a dictionary does not know (ICD-10 lookup, done outside this module). */
  | 'UNKNOWN_CODE';

/** Outcome of a parser: the normalised value, or the reason it was rejected. Parsers never throw. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: IdentifierError };

/** Wraps a successful value. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Wraps a rejection reason. */
export const fail = <T = never>(error: IdentifierError): Result<T> => ({ ok: false, error });
