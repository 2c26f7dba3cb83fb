import type { z } from 'zod';

/** Russian names of the types a request field can have (zod's Russian locale leaves `string`, `boolean`). */
const TYPE_NAMES: Record<string, string> = {
  string: 'строка',
  number: 'число',
  int: 'целое число',
  bigint: 'целое число',
  boolean: 'логическое значение (true или false)',
  array: 'список',
  object: 'объект',
  date: 'дата',
  null: 'пустое значение (null)',
  nan: 'не число',
};

const typeOf = (input: unknown): string => {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'nan';
  return typeof input;
};

const nameOf = (type: string) => TYPE_NAMES[type] ?? type;

/** Russian plural categories by CLDR (core's `russianPlural` uses the same; apps/api/src/shared-rules.test.ts). */
const RUSSIAN = new Intl.PluralRules('ru');

/**
 * A count after «не менее» / «не более», which take the genitive: «1 символа», «3 символов», «21 символа»
 * (the genitive singular for the `one` category, the genitive plural for all others).
 */
export function genitiveCount(count: number | bigint, singular: string, plural: string): string {
  return `${count} ${RUSSIAN.select(Number(count)) === 'one' ? singular : plural}`;
}

const sizeOf = (origin: string, count: number | bigint) =>
  origin === 'string'
    ? genitiveCount(count, 'символа', 'символов')
    : origin === 'array' || origin === 'set'
      ? genitiveCount(count, 'элемента', 'элементов')
      : String(count);

/** Formats the locale words awkwardly («Неверный ISO дата и время»); a pattern's text is no help to anyone. */
const FORMAT_MESSAGES: Record<string, string> = {
  datetime: 'Укажите дату и время в формате ISO 8601 с часовым поясом, например 2026-12-01T09:00:00+03:00',
  date: 'Укажите дату в формате ГГГГ-ММ-ДД, например 2026-12-01',
  time: 'Укажите время в формате ЧЧ:ММ, например 09:30',
  email: 'Неверный адрес электронной почты',
  uuid: 'Неверный идентификатор',
  regex: 'Неверный формат значения',
};

/**
 * Messages for the issues whose Russian locale text names a type in English or reads awkwardly; every other
 * issue keeps the locale's message (undefined falls through to it).
 */
export function russianIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Обязательное поле';
      return `Ожидается ${nameOf(issue.expected)}, получено: ${nameOf(typeOf(issue.input))}`;
    case 'too_small': {
      const bound = sizeOf(issue.origin, issue.minimum);
      if (issue.origin === 'string' && issue.minimum === 1) return 'Заполните поле';
      if (issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set') {
        return `Слишком коротко: нужно не менее ${bound}`;
      }
      return `Значение должно быть ${issue.inclusive ? 'не меньше' : 'больше'} ${bound}`;
    }
    case 'too_big': {
      const bound = sizeOf(issue.origin, issue.maximum);
      if (issue.origin === 'string' || issue.origin === 'array' || issue.origin === 'set') {
        return `Слишком длинно: допустимо не более ${bound}`;
      }
      return `Значение должно быть ${issue.inclusive ? 'не больше' : 'меньше'} ${bound}`;
    }
    case 'invalid_format':
      return FORMAT_MESSAGES[issue.format];
    case 'invalid_value':
      return issue.values.length > 0 && issue.values.length <= 12
        ? `Допустимые значения: ${issue.values.map((value) => String(value)).join(', ')}`
        : 'Недопустимое значение';
    // A value that fits none of the alternatives (one status or a list of statuses): name it plainly.
    case 'invalid_union':
      return 'Недопустимое значение';
    default:
      return undefined;
  }
}
