import {
  describeIdentifierError,
  isValidEmail,
  parseOms,
  parsePhone,
  parseSnils,
} from '@talon/core/identifiers';
import {
  EMPTY_PERSON_VALUES,
  PERSON_FIELDS,
  type PersonField,
  personFieldError,
} from '../../shared/person-fields';
import type { TRegisterRequest } from './auth.types';
import { isPasswordStrong } from './password-rules';

/** What the registration form holds, as typed. */
export interface RegisterValues extends Record<PersonField, string> {
  sex: '' | 'male' | 'female';
  snils: string;
  oms: string;
  phone: string;
  email: string;
  password: string;
  passwordRepeat: string;
  consent: boolean;
}

export type RegisterField = keyof RegisterValues;

/** The fields in the order of the form: the first invalid one takes the focus. */
export const REGISTER_FIELDS: readonly RegisterField[] = [
  ...PERSON_FIELDS,
  'sex',
  'snils',
  'oms',
  'phone',
  'email',
  'password',
  'passwordRepeat',
  'consent',
];

export const EMPTY_REGISTER_VALUES: RegisterValues = {
  ...EMPTY_PERSON_VALUES,
  sex: '',
  snils: '',
  oms: '',
  phone: '',
  email: '',
  password: '',
  passwordRepeat: '',
  consent: false,
};

/** Messages of the form itself; identifier messages come from the server's own rules. */
export type RegisterMessageKey =
  | 'auth.validation.sexRequired'
  | 'auth.validation.emailFormat'
  | 'auth.validation.passwordRequired'
  | 'auth.validation.passwordWeak'
  | 'auth.validation.passwordMismatch'
  | 'auth.validation.consentRequired';

type Translate = (key: RegisterMessageKey) => string;

/**
 * The error of one field, checked with the same validators as the server (`@talon/core/identifiers`), or
 * null when it is valid. `today` is the browser's date, the server checks it again in Moscow time.
 */
export function validateRegisterField(
  field: RegisterField,
  values: RegisterValues,
  t: Translate,
  today: Date = new Date(),
): string | null {
  const identifier = <T>(
    result: { ok: true; value: T } | { ok: false; error: Parameters<typeof describeIdentifierError>[1] },
    kind: Parameters<typeof describeIdentifierError>[0],
  ) => (result.ok ? null : describeIdentifierError(kind, result.error));
  switch (field) {
    case 'surname':
    case 'name':
    case 'patronymic':
    case 'birthDate':
      return personFieldError(field, values[field], today);
    case 'sex':
      return values.sex === '' ? t('auth.validation.sexRequired') : null;
    case 'snils':
      return identifier(parseSnils(values.snils), 'snils');
    case 'oms':
      return values.oms.trim() === '' ? null : identifier(parseOms(values.oms), 'oms');
    case 'phone':
      return identifier(parsePhone(values.phone), 'phone');
    case 'email':
      return values.email.trim() === '' || isValidEmail(values.email.trim())
        ? null
        : t('auth.validation.emailFormat');
    case 'password':
      if (values.password === '') return t('auth.validation.passwordRequired');
      return isPasswordStrong(values.password) ? null : t('auth.validation.passwordWeak');
    case 'passwordRepeat':
      return values.passwordRepeat === values.password ? null : t('auth.validation.passwordMismatch');
    case 'consent':
      return values.consent ? null : t('auth.validation.consentRequired');
  }
}

/** Every invalid field of the form. */
export function validateRegister(
  values: RegisterValues,
  t: Translate,
  today: Date = new Date(),
): Partial<Record<RegisterField, string>> {
  const errors: Partial<Record<RegisterField, string>> = {};
  for (const field of REGISTER_FIELDS) {
    const message = validateRegisterField(field, values, t, today);
    if (message) errors[field] = message;
  }
  return errors;
}

/** The request body: text as typed (the server normalises it), optional fields left out when empty. */
export function toRegisterRequest(values: RegisterValues): TRegisterRequest {
  const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());
  return {
    surname: values.surname.trim(),
    name: values.name.trim(),
    patronymic: optional(values.patronymic),
    birthDate: values.birthDate.trim(),
    sex: values.sex === 'female' ? 'female' : 'male',
    snils: values.snils.trim(),
    oms: optional(values.oms),
    phone: values.phone.trim(),
    email: optional(values.email),
    password: values.password,
    consent: values.consent,
  };
}
