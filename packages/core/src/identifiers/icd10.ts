import { fail, ok, type Result } from './result';

/**
 * Cyrillic letters that look like Latin ones (А В Е К М Н О Р С Т Х), paired by position with their
 * Latin twins. Users on a Russian keyboard layout type `Е11` or `к35` and cannot see the difference, so
 * these are read as Latin (lower-case ones too, after upper-casing).
 */
const CYRILLIC = 'АВЕКМНОРСТХ';
const LATIN = 'ABEKMHOPCTX';

/** Letter, two digits, then optionally a dot and one or two digits (the dot may be omitted). */
const ICD10 = /^([A-Z]\d{2})(?:\.?(\d{1,2}))?$/;

/**
 * Cleans up an ICD-10 (МКБ-10) code as typed, without validating it: trims, drops inner whitespace,
 * maps Cyrillic look-alike letters to Latin, reads a decimal comma as a dot (`J06,9` — the Russian
 * decimal separator) and upper-cases.
 */
export function normalizeIcd10(input: string): string {
  const upper = input.replace(/\s+/g, '').replace(',', '.').toUpperCase();
  return Array.from(upper, (ch) => LATIN[CYRILLIC.indexOf(ch)] ?? ch).join('');
}

/**
 * Parses an ICD-10 code (`J06.9`, `I10`, `E11.65`) into its canonical form: upper-case Latin, with a
 * dot before the subcategory (`j069` → `J06.9`). Only the shape is checked here; whether the code
 * exists is decided by the dictionary lookup (`UNKNOWN_CODE`), which lives outside this module.
 * Errors: `EMPTY`, `FORMAT`.
 */
export function parseIcd10(input: string): Result<string> {
  const code = normalizeIcd10(input);
  if (code === '') return fail('EMPTY');
  const match = ICD10.exec(code);
  if (!match?.[1]) return fail('FORMAT');
  return ok(match[2] ? `${match[1]}.${match[2]}` : match[1]);
}

/** True when `parseIcd10` accepts the input's shape. */
export const isValidIcd10 = (input: string): boolean => parseIcd10(input).ok;
