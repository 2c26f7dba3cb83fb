import {
  describeIdentifierError,
  type IdentifierKind,
  isValidEmail,
  parseBirthDate,
  parseOms,
  parsePassport,
  parsePatronymic,
  parsePersonName,
  parsePhone,
  type Result,
} from '../identifiers';
import { DomainError } from '../shared';
import type { DataChangeCategory } from './data-changes.types';

export const MAX_ADDRESS = 300;
export const MAX_OTHER = 1000;
export const MAX_REASON = 1000;

const FIELD = 'body.newValue';
/** Birth dates are judged on the Moscow calendar, as registration does. */
const DEFAULT_TIME_ZONE = 'Europe/Moscow';

const invalid = (message: string) =>
  new DomainError('INVALID_FIELDS', { fieldErrors: [{ field: FIELD, message }] });

function unwrap<T>(result: Result<T>, kind: IdentifierKind): T {
  if (!result.ok) throw invalid(describeIdentifierError(kind, result.error));
  return result.value;
}

/** `Фамилия Имя [Отчество]`, each part a person's name: normalised and joined by single spaces. */
function parseFullName(input: string): string {
  const parts = input.trim().split(/\s+/).filter(Boolean);
  if (parts.length < 2 || parts.length > 3) {
    throw invalid(
      'Укажите фамилию, имя и, если есть, отчество через пробел, например «Иванова Анна Сергеевна».',
    );
  }
  const [surname, name, patronymic] = parts;
  const normalised = [
    unwrap(parsePersonName(surname!), 'personName'),
    unwrap(parsePersonName(name!), 'personName'),
    unwrap(parsePatronymic(patronymic ?? ''), 'patronymic'),
  ];
  return normalised.filter(Boolean).join(' ');
}

function parseText(input: string, max: number, empty: string): string {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text.length < 3) throw invalid(empty);
  if (text.length > max) throw invalid(`Не больше ${max} символов.`);
  return text;
}

/**
 * The new value of a request, checked and normalised by its category: a phone is `+7…`, a policy passes the
 * ЕНП check, a birth date is a real past date, a name is letters. Refusals are field errors on `newValue`.
 */
export function parseDataChangeValue(category: DataChangeCategory, input: string, now: Date): string {
  switch (category) {
    case 'full_name':
      return parseFullName(input);
    case 'birth_date':
      return unwrap(parseBirthDate(input, now, DEFAULT_TIME_ZONE), 'birthDate');
    case 'phone':
      return unwrap(parsePhone(input), 'phone');
    case 'email': {
      const email = input.trim().toLowerCase();
      if (!isValidEmail(email))
        throw invalid('Укажите адрес электронной почты, например ivanova@example.ru.');
      return email;
    }
    case 'oms_policy':
      return unwrap(parseOms(input), 'oms');
    case 'identity_document': {
      const passport = unwrap(parsePassport(input), 'passport');
      return `${passport.series} ${passport.number}`;
    }
    case 'address':
      return parseText(input, MAX_ADDRESS, 'Укажите новый адрес полностью: город, улица, дом, квартира.');
    case 'other':
      return parseText(input, MAX_OTHER, 'Опишите, что нужно изменить.');
  }
}

/** The request's reason, required (a few words at least). */
export function parseReason(input: string): string {
  const text = input.trim();
  if (text.length < 3) {
    throw new DomainError('INVALID_FIELDS', {
      fieldErrors: [
        { field: 'body.reason', message: 'Укажите причину изменения, например «смена фамилии».' },
      ],
    });
  }
  return text.slice(0, MAX_REASON);
}
