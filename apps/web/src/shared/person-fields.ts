import {
  describeIdentifierError,
  parseBirthDate,
  parsePatronymic,
  parsePersonName,
} from '@talon/core/identifiers';

/** The fields naming a person, in every form that takes one (registration, a child, a ward). */
export type PersonField = 'surname' | 'name' | 'patronymic' | 'birthDate';
export const PERSON_FIELDS: readonly PersonField[] = ['surname', 'name', 'patronymic', 'birthDate'];

/** The person fields of a form before anything is typed. */
export const EMPTY_PERSON_VALUES: Readonly<Record<PersonField, string>> = {
  surname: '',
  name: '',
  patronymic: '',
  birthDate: '',
};

/**
 * The error of one person field, by the server's own validators (`@talon/core/identifiers`), or null.
 * `today` is the browser's date; the server checks the birth date again in Moscow time.
 */
export function personFieldError(field: PersonField, value: string, today: Date): string | null {
  const result =
    field === 'birthDate'
      ? parseBirthDate(value, today)
      : field === 'patronymic'
        ? parsePatronymic(value)
        : parsePersonName(value);
  if (result.ok) return null;
  const kind = field === 'surname' || field === 'name' ? 'personName' : field;
  return describeIdentifierError(kind, result.error);
}
