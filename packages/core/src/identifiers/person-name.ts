import { fail, ok, type Result } from './result';

const MAX_LENGTH = 100;

/**
 * One or more words of Cyrillic letters (with ё); words are joined by a single space or hyphen, and an
 * apostrophe may sit between letters (`Д'Артаньян`). No leading, trailing or doubled punctuation.
 */
const NAME = /^[а-яё]+(?:['\- ][а-яё]+)*$/iu;

/** Apostrophe look-alikes that keyboards and word processors substitute for `'`. */
const APOSTROPHES = /[\u2019\u02bc\u2018`´]/g;

const capitalize = (part: string): string => part.charAt(0).toUpperCase() + part.slice(1);

/**
 * Parses one part of a person's name (surname or given name): Cyrillic letters, `ё`, hyphen, space and
 * apostrophe, 1–100 characters. The value is trimmed, inner whitespace collapsed (also around hyphens:
 * `Римский - Корсаков` → `Римский-Корсаков`), apostrophe variants unified, and written in one canonical
 * case — first letter of each space- or hyphen-separated part upper-case, the rest lower-case — so that
 * `ИВАНОВ`, `иванов` and `Иванов` are stored alike. `ё` is kept: it is part of the legal spelling;
 * `ё`/`е` folding is for search only (`normalizeForSearch`).
 * Errors: `EMPTY`, `FORMAT` (Latin letters, digits, stray punctuation), `LENGTH` (over 100).
 */
export function parsePersonName(input: string): Result<string> {
  const cleaned = input.trim().replace(/\s+/g, ' ').replace(/ ?- ?/g, '-').replace(APOSTROPHES, "'");
  if (cleaned === '') return fail('EMPTY');
  if (cleaned.length > MAX_LENGTH) return fail('LENGTH');
  if (!NAME.test(cleaned)) return fail('FORMAT');
  const value = cleaned
    .toLowerCase()
    .split(' ')
    .map((word) => word.split('-').map(capitalize).join('-'))
    .join(' ');
  return ok(value);
}

/** True when `parsePersonName` accepts the input. */
export const isValidPersonName = (input: string): boolean => parsePersonName(input).ok;

/**
 * Parses a patronymic, which many people (foreign citizens among them) do not have: empty or blank
 * input gives `null`; anything else follows `parsePersonName`.
 */
export function parsePatronymic(input: string): Result<string | null> {
  return input.trim() === '' ? ok(null) : parsePersonName(input);
}

/**
 * Key for case- and `ё`/`е`-tolerant search over names and other text, Cyrillic or Latin: Unicode NFC
 * (so a decomposed `е` + diaeresis is caught too), lower-case, `ё` → `е`, whitespace collapsed and
 * trimmed. Apply it to both the indexed text and the query. Not for storage: `ё` is legally significant.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}
