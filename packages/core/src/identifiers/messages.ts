import type { IdentifierError } from './result';

/** Which field an error is about; selects the most helpful wording in `describeIdentifierError`. */
export type IdentifierKind =
  | 'snils'
  | 'oms'
  | 'inn'
  | 'ogrn'
  | 'ogrnip'
  | 'passport'
  | 'phone'
  | 'icd10'
  | 'personName'
  | 'patronymic'
  | 'date'
  | 'birthDate';

/** Generic Russian explanation of each error code, used when no field-specific wording exists. */
export const identifierErrorMessages: Readonly<Record<IdentifierError, string>> = {
  EMPTY: 'Поле не заполнено',
  FORMAT: 'Недопустимые символы или неверный формат',
  LENGTH: 'Неверное количество цифр',
  CHECKSUM: 'Контрольная сумма не сходится — проверьте номер',
  RANGE: 'Значение вне допустимого диапазона',
  COUNTRY: 'Поддерживаются только российские номера',
  FUTURE: 'Дата ещё не наступила',
  TOO_OLD: 'Слишком давняя дата',
  UNKNOWN_CODE: 'Такого кода нет в справочнике',
};

/** Field-specific sentences: what is wrong and what to do about it. */
const byKind: Readonly<Record<IdentifierKind, Partial<Record<IdentifierError, string>>>> = {
  snils: {
    EMPTY: 'Укажите СНИЛС.',
    FORMAT: 'СНИЛС состоит только из цифр, например 112-233-445 95.',
    LENGTH: 'В СНИЛС должно быть 11 цифр, например 112-233-445 95.',
    RANGE: 'Такого СНИЛС не существует — проверьте номер.',
    CHECKSUM: 'Контрольное число СНИЛС не сходится — проверьте, нет ли опечатки.',
  },
  oms: {
    EMPTY: 'Укажите номер полиса ОМС.',
    FORMAT:
      'Номер полиса ОМС состоит из цифр; для полиса старого образца укажите серию и номер через пробел.',
    LENGTH: 'В номере полиса ОМС единого образца 16 цифр, во временном свидетельстве — 9.',
    CHECKSUM: 'Контрольная цифра полиса ОМС не сходится — проверьте, нет ли опечатки.',
  },
  inn: {
    EMPTY: 'Укажите ИНН.',
    FORMAT: 'ИНН состоит только из цифр.',
    LENGTH: 'ИНН физического лица содержит 12 цифр, организации — 10.',
    RANGE: 'ИНН не может начинаться с 00 — проверьте номер.',
    CHECKSUM: 'Контрольные цифры ИНН не сходятся — проверьте, нет ли опечатки.',
  },
  ogrn: {
    EMPTY: 'Укажите ОГРН.',
    FORMAT: 'ОГРН состоит только из цифр.',
    LENGTH: 'В ОГРН должно быть 13 цифр.',
    RANGE: 'ОГРН не может начинаться с 0 — проверьте номер.',
    CHECKSUM: 'Контрольная цифра ОГРН не сходится — проверьте, нет ли опечатки.',
  },
  ogrnip: {
    EMPTY: 'Укажите ОГРНИП.',
    FORMAT: 'ОГРНИП состоит только из цифр.',
    LENGTH: 'В ОГРНИП должно быть 15 цифр.',
    RANGE: 'ОГРНИП не может начинаться с 0 — проверьте номер.',
    CHECKSUM: 'Контрольная цифра ОГРНИП не сходится — проверьте, нет ли опечатки.',
  },
  passport: {
    EMPTY: 'Укажите серию и номер паспорта.',
    FORMAT: 'Серия и номер паспорта состоят только из цифр, например 45 12 345678.',
    LENGTH: 'Укажите 4 цифры серии и 6 цифр номера паспорта, например 45 12 345678.',
  },
  phone: {
    EMPTY: 'Укажите номер телефона.',
    FORMAT: 'Номер телефона может содержать только цифры, пробелы, скобки, дефисы и знак + в начале.',
    LENGTH: 'Укажите номер из 10 цифр после +7 или 8, например +7 912 345-67-89.',
    COUNTRY: 'Укажите российский номер телефона: +7 и 10 цифр.',
    RANGE: 'Такого российского номера не бывает — проверьте код оператора или города.',
  },
  icd10: {
    EMPTY: 'Укажите код диагноза по МКБ-10.',
    FORMAT: 'Код МКБ-10 — латинская буква и две цифры, после точки ещё одна-две цифры, например J06.9.',
    UNKNOWN_CODE: 'Такого кода нет в МКБ-10 — проверьте код.',
  },
  personName: {
    EMPTY: 'Заполните поле.',
    FORMAT: 'Используйте русские буквы; допустимы также пробел, дефис и апостроф.',
    LENGTH: 'Не длиннее 100 символов.',
  },
  patronymic: {
    FORMAT:
      'Используйте русские буквы; допустимы также пробел, дефис и апостроф. Если отчества нет, оставьте поле пустым.',
    LENGTH: 'Отчество — не длиннее 100 символов.',
  },
  date: {
    EMPTY: 'Укажите дату.',
    FORMAT: 'Укажите дату в формате дд.мм.гггг, например 05.03.1990.',
    RANGE: 'Такой даты не существует — проверьте день и месяц.',
  },
  birthDate: {
    EMPTY: 'Укажите дату рождения.',
    FORMAT: 'Укажите дату рождения в формате дд.мм.гггг, например 05.03.1990.',
    RANGE: 'Такой даты не существует — проверьте день и месяц.',
    FUTURE: 'Дата рождения не может быть в будущем.',
    TOO_OLD: 'Проверьте год рождения: возраст не может быть больше 130 лет.',
  },
};

/**
 * A clear Russian sentence for the user: what is wrong with the `kind` field and how to fix it. Falls
 * back to the generic `identifierErrorMessages` entry. Meant for problem+json `detail`; contains no
 * personal data, so it is safe to log.
 */
export function describeIdentifierError(kind: IdentifierKind, code: IdentifierError): string {
  return byKind[kind][code] ?? `${identifierErrorMessages[code]}.`;
}
