import { describeIdentifierError, parseSnils } from '@talon/core/identifiers';
import {
  EMPTY_PERSON_VALUES,
  PERSON_FIELDS,
  type PersonField,
  personFieldError,
} from '../../shared/person-fields';
import type { TAddWardRequest } from './representatives.types';

/** What the «Добавить ребёнка или подопечного» form holds, as typed. */
export interface AddWardValues extends Record<PersonField, string> {
  relation: '' | 'parent' | 'guardian';
  sex: '' | 'male' | 'female';
  snils: string;
  document: string;
}

export type AddWardField = keyof AddWardValues;

/** In the order of the form: the first invalid one takes the focus. */
export const ADD_WARD_FIELDS: readonly AddWardField[] = [
  'relation',
  ...PERSON_FIELDS,
  'sex',
  'snils',
  'document',
];

export const EMPTY_ADD_WARD: AddWardValues = {
  relation: '',
  ...EMPTY_PERSON_VALUES,
  sex: '',
  snils: '',
  document: '',
};

/** The scan's limit, as the server's (docs/domain.md rule 23): checked before the upload to save the wait. */
export const MAX_SCAN_BYTES = 5 * 1024 * 1024;
/** What the file picker offers; the server decides by the content. */
export const SCAN_ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

export type AddWardMessageKey =
  | 'family.validation.scanTooLarge'
  | 'family.validation.relationRequired'
  | 'family.validation.documentRequired'
  | 'family.validation.guardianshipRequired'
  | 'auth.validation.sexRequired';

type Translate = (key: AddWardMessageKey) => string;

/**
 * The form's errors, with the server's own validators for names, dates and SNILS. A child needs their
 * SNILS or a birth certificate; an adult ward the number of the guardianship decision. The certificate's
 * format and the child's age are checked by the server, whose message then sits next to the field.
 */
export function validateAddWard(
  values: AddWardValues,
  t: Translate,
  today: Date = new Date(),
): Partial<Record<AddWardField, string>> {
  const errors: Partial<Record<AddWardField, string>> = {};
  if (values.relation === '') errors.relation = t('family.validation.relationRequired');
  for (const field of PERSON_FIELDS) {
    const message = personFieldError(field, values[field], today);
    if (message) errors[field] = message;
  }
  if (values.sex === '') errors.sex = t('auth.validation.sexRequired');
  const hasSnils = values.snils.trim() !== '';
  if (hasSnils) {
    const snils = parseSnils(values.snils);
    if (!snils.ok) errors.snils = describeIdentifierError('snils', snils.error);
  }
  const hasDocument = values.document.trim() !== '';
  if (values.relation === 'parent' && !hasSnils && !hasDocument)
    errors.document = t('family.validation.documentRequired');
  if (values.relation === 'guardian' && !hasDocument)
    errors.document = t('family.validation.guardianshipRequired');
  return errors;
}

/** The scan's error before it is sent: over 5 MB. */
export function validateScan(file: File | null, t: Translate): string | null {
  return file && file.size > MAX_SCAN_BYTES ? t('family.validation.scanTooLarge') : null;
}

/** The request body: text as typed (the server normalises it), optional fields left out when empty. */
export function toAddWardRequest(values: AddWardValues): TAddWardRequest {
  const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());
  return {
    relation: values.relation === 'guardian' ? 'guardian' : 'parent',
    surname: values.surname.trim(),
    name: values.name.trim(),
    patronymic: optional(values.patronymic),
    birthDate: values.birthDate.trim(),
    sex: values.sex === 'female' ? 'female' : 'male',
    snils: optional(values.snils),
    document: optional(values.document),
  };
}
