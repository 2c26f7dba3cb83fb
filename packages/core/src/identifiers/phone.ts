import { isDigits } from './digits';
import { fail, ok, type Result } from './result';

/** Characters people put between digits of a phone number. */
const DECORATION = /[\s\u00a0()\-\u2010-\u2015.]/g;

/**
 * Parses a Russian phone number and returns it in E.164 (`+7XXXXXXXXXX`).
 *
 * Accepted: `+7 912 345 67 89`, `8 (912) 345-67-89`, `7 912 345-67-89`, `9123456789` — spaces, hyphens,
 * dots and parentheses are ignored; the trunk prefix `8` and the country code `7` are interchangeable.
 * The 10-digit national number must start with 3, 4, 8 or 9 (Russian geographic, toll-free and mobile
 * ranges): +7 6xx and +7 7xx belong to Kazakhstan, which shares the country code.
 *
 * Errors: `EMPTY`; `FORMAT` (letters or a misplaced `+`); `COUNTRY` (another country code, or a
 * Kazakh number); `LENGTH`; `RANGE` (national number starting with 0, 1, 2 or 5).
 */
export function parsePhone(input: string): Result<string> {
  if (input.trim() === '') return fail('EMPTY');
  const compact = input.replace(DECORATION, '');
  const international = compact.startsWith('+');
  const digits = international ? compact.slice(1) : compact;
  if (!isDigits(digits)) return fail('FORMAT');
  if (international && !digits.startsWith('7')) return fail('COUNTRY');
  let national: string;
  if (digits.length === 11 && (digits[0] === '7' || (digits[0] === '8' && !international))) {
    national = digits.slice(1);
  } else if (digits.length === 10 && !international) {
    national = digits;
  } else {
    return fail('LENGTH');
  }
  const first = national[0];
  if (first === '6' || first === '7') return fail('COUNTRY');
  if (first !== '3' && first !== '4' && first !== '8' && first !== '9') return fail('RANGE');
  return ok(`+7${national}`);
}

/** True when `parsePhone` accepts the input. */
export const isValidPhone = (input: string): boolean => parsePhone(input).ok;

/**
 * Display form `+7 912 345-67-89`. Any input `parsePhone` accepts is formatted; anything else is
 * returned unchanged, so a formatter never hides what the user actually typed.
 */
export function formatPhone(phone: string): string {
  const parsed = parsePhone(phone);
  if (!parsed.ok) return phone;
  const n = parsed.value.slice(2);
  return `+7 ${n.slice(0, 3)} ${n.slice(3, 6)}-${n.slice(6, 8)}-${n.slice(8)}`;
}
