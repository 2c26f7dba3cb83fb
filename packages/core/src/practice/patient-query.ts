import { parseDateInput, parseSnils } from '../identifiers';
import { DomainError } from '../shared';
import { PracticeErrorCode } from './practice.errors';

/** What the practitioner typed into the one search field, understood. */
export type PatientQuery =
  | { kind: 'snils'; snils: string }
  | { kind: 'birthDate'; birthDate: string }
  | { kind: 'name'; surname: string; name?: string };

const foldYo = (text: string) => text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
/** Stored names are capitalised (`parsePersonName`); a typed prefix is matched the same way. */
const capitalise = (word: string) =>
  word.charAt(0).toLocaleUpperCase('ru') + word.slice(1).toLocaleLowerCase('ru');

/**
 * One field for a SNILS (with or without its dashes), a birth date (ДД.ММ.ГГГГ or ISO), or a surname
 * (at least two letters, a name may follow). Anything shorter names nobody and is refused.
 */
export function parsePatientQuery(input: string): PatientQuery {
  const text = input.trim().replace(/\s+/g, ' ');
  const digits = text.replace(/[\s-]/g, '');
  if (/^\d{11}$/.test(digits)) {
    const snils = parseSnils(digits);
    if (snils.ok) return { kind: 'snils', snils: snils.value };
  }
  if (/^[\d.-]+$/.test(text)) {
    const date = parseDateInput(text);
    if (date.ok) return { kind: 'birthDate', birthDate: date.value };
  }
  const [surname, name] = text.split(' ');
  if (!surname || !/^[А-Яа-яЁё-]{2,}$/.test(surname) || (name && !/^[А-Яа-яЁё-]+$/.test(name))) {
    throw new DomainError(PracticeErrorCode.PATIENT_QUERY_TOO_SHORT, { field: 'query.q' });
  }
  return {
    kind: 'name',
    surname: foldYo(capitalise(surname)),
    ...(name ? { name: foldYo(capitalise(name)) } : {}),
  };
}
