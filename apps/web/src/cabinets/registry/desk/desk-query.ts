import { isValidSnils } from '@talon/core/identifiers';
import type { PatientSearchQuery } from '@talon/vocabulary';

/** The criteria of `POST /registry/patients/search` one desk query stands for. */
export type DeskSearch = PatientSearchQuery;

const DATE = /^\d{1,2}\.\d{1,2}\.\d{4}$/;

/**
 * The desk's one search field as the search's criteria: «фамилия [имя] дд.мм.гггг», a SNILS, an OMS policy
 * number (ЕНП, 16 digits) or a phone. Eleven bare digits are ambiguous: a mobile number (7 or 8, then 9)
 * is taken as the phone callers mostly give, other digits as a SNILS when its check digits match; typing
 * the SNILS with its hyphens (`112-233-445 95`) or the phone with `+` settles it. Null when it is none.
 */
export function parseDeskQuery(text: string): DeskSearch | null {
  const query = text.trim().replace(/\s+/g, ' ');
  if (query === '') return null;
  const words = query.split(' ');
  const last = words.at(-1) ?? '';
  if (DATE.test(last) && words.length >= 2 && words.length <= 3 && /\p{L}/u.test(words[0] ?? '')) {
    const [surname, name] = words;
    return { surname, ...(words.length === 3 ? { name } : {}), birthDate: last };
  }
  if (/\p{L}/u.test(query)) return null;
  const digits = query.replace(/\D/g, '');
  if (query.startsWith('+')) return { phone: query };
  if (digits.length === 16) return { oms: digits };
  if (/^\d{3}-\d{3}-\d{3}[ -]?\d{2}$/.test(query)) return { snils: query };
  if (digits.length === 10 || (digits.length === 11 && /^[78]9/.test(digits))) return { phone: query };
  if (digits.length === 11 && isValidSnils(digits)) return { snils: digits };
  if (digits.length === 11 && /^[78]/.test(digits)) return { phone: query };
  if (digits.length === 11) return { snils: digits };
  return null;
}
