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

/**
 * A count after «не менее» / «не более», which take the genitive: «1 символа», «3 символов», «21 символа».
 */
export function genitiveCount(count: number | bigint, singular: string, plural: string): string {
  const n = Number(count);
  return `${count} ${n % 10 === 1 && n % 100 !== 11 ? singular : plural}`;
}

const sizeOf = (origin: string, count: number | bigint) =>
  origin === 'string'
    ? genitiveCount(count, 'символа', 'символов')
    : origin === 'array' || origin === 'set'
      ? genitiveCount(count, 'элемента', 'элементов')
      : String(count);

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
    default:
      return undefined;
  }
}
