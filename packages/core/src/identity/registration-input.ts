import {
  describeIdentifierError,
  type IdentifierKind,
  isValidEmail,
  parseBirthDate,
  parseOms,
  parsePatronymic,
  parsePersonName,
  parsePhone,
  parseSnils,
  type Result,
} from '../identifiers';
import type { FieldError, PersonFields, Sex } from '../shared';
import { checkPassword } from './password-policy';

export interface RegistrationInput {
  surname: string;
  name: string;
  patronymic?: string;
  birthDate: string;
  sex: Sex;
  snils: string;
  oms?: string;
  phone: string;
  email?: string;
  password: string;
  consent: boolean;
}

/** The form after validation: names in their legal case, identifiers normalised, phone in E.164. */
export interface ValidRegistration extends PersonFields {
  snils: string;
  oms: string | null;
  phone: string;
  email: string | null;
  password: string;
}

/** Self-registration is for people of 14 and over (a passport holder); parents add younger children. */
export const MIN_SELF_REGISTRATION_AGE = 14;

export const PASSWORD_MESSAGES = {
  WEAK_PASSWORD: (min: number) =>
    `Пароль должен быть не короче ${min} символов и содержать заглавные и строчные буквы, цифру и специальный символ.`,
  COMMON_PASSWORD: 'Этот пароль слишком распространён или содержит ваши данные. Придумайте другой.',
} as const;

const ageOn = (birthIso: string, today: Date) => {
  const [y, m, d] = birthIso.split('-').map(Number) as [number, number, number];
  const ty = today.getUTCFullYear();
  const hadBirthday = (today.getUTCMonth() + 1) * 100 + today.getUTCDate() >= m * 100 + d;
  return ty - y - (hadBirthday ? 0 : 1);
};

/**
 * Checks every field of the registration form at once (docs/domain.md rule 11) and reports all problems together,
 * each on its field, so the form can show them next to the inputs.
 */
export function validateRegistration(
  input: RegistrationInput,
  today: Date,
  commonPasswords: ReadonlySet<string>,
): { ok: true; value: ValidRegistration } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const take = <T>(field: string, kind: IdentifierKind, result: Result<T>): T | null => {
    if (result.ok) return result.value;
    errors.push({
      field: `body.${field}`,
      message: describeIdentifierError(kind, result.error),
      code: result.error,
    });
    return null;
  };
  const surname = take('surname', 'personName', parsePersonName(input.surname));
  const name = take('name', 'personName', parsePersonName(input.name));
  const patronymic = take('patronymic', 'patronymic', parsePatronymic(input.patronymic ?? ''));
  const birthDate = take('birthDate', 'birthDate', parseBirthDate(input.birthDate, today, 'Europe/Moscow'));
  if (birthDate && ageOn(birthDate, today) < MIN_SELF_REGISTRATION_AGE) {
    errors.push({
      field: 'body.birthDate',
      message: `Зарегистрироваться самостоятельно можно с ${MIN_SELF_REGISTRATION_AGE} лет. Ребёнка добавляет родитель в своём кабинете.`,
      code: 'TOO_YOUNG',
    });
  }
  const snils = take('snils', 'snils', parseSnils(input.snils));
  const oms = input.oms?.trim() ? take('oms', 'oms', parseOms(input.oms)) : null;
  const phone = take('phone', 'phone', parsePhone(input.phone));
  const email = input.email?.trim() ? input.email.trim().toLowerCase() : null;
  if (email && !isValidEmail(email)) {
    errors.push({
      field: 'body.email',
      message: 'Проверьте адрес электронной почты, например ivanov@mail.ru.',
      code: 'FORMAT',
    });
  }
  const password = checkPassword(input.password, {
    isStaff: false,
    commonPasswords,
    personalWords: [input.surname, input.name, input.patronymic ?? '', email?.split('@')[0] ?? ''],
  });
  if (password) {
    errors.push({
      field: 'body.password',
      message:
        password.code === 'WEAK_PASSWORD'
          ? PASSWORD_MESSAGES.WEAK_PASSWORD(password.minLength)
          : PASSWORD_MESSAGES.COMMON_PASSWORD,
      code: password.code,
    });
  }
  if (input.consent !== true) {
    errors.push({
      field: 'body.consent',
      message: 'Без согласия на обработку персональных данных регистрация невозможна.',
      code: 'CONSENT_REQUIRED',
    });
  }
  if (errors.length || !surname || !name || !birthDate || !snils || !phone) return { ok: false, errors };
  return {
    ok: true,
    value: {
      surname,
      name,
      patronymic: patronymic ?? null,
      birthDate,
      sex: input.sex,
      snils,
      oms: oms ?? null,
      phone,
      email,
      password: input.password,
    },
  };
}
