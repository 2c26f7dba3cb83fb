import { badRequest } from './fhir-outcome';

/** A search's parameters as sent: each name (modifiers included) with all its values. */
export type SearchQuery = ReadonlyMap<string, readonly string[]>;

/** The page size of a search: `_count` 20 by default, 100 at most (larger asks are cut down, as FHIR allows). */
export const DEFAULT_COUNT = 20;
export const MAX_COUNT = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Talon's ids are UUIDs: anything else names no resource (and never reaches SQL). */
export const isTalonId = (id: string) => UUID.test(id);

function nonNegativeInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,9}$/.test(value))
    throw badRequest(`Параметр ${name} должен быть целым неотрицательным числом.`);
  return Number(value);
}

/** `_count` and `_offset` (the next link's cursor) of a search. */
export function pageOf(query: SearchQuery): { count: number; offset: number } {
  const count = nonNegativeInteger('_count', single(query, '_count'), DEFAULT_COUNT);
  return {
    count: Math.min(Math.max(count, 1), MAX_COUNT),
    offset: nonNegativeInteger('_offset', single(query, '_offset'), 0),
  };
}

/** The one value of a parameter that may appear once. */
export function single(query: SearchQuery, name: string): string | undefined {
  const values = query.get(name);
  if (!values) return undefined;
  if (values.length !== 1 || values[0]?.includes(',')) {
    throw badRequest(`Параметр ${name} принимает одно значение.`);
  }
  return values[0];
}

/**
 * A reference parameter: `Type/id`, or a bare id when only one type is allowed. The type must be one of
 * `types`; the id a Talon id.
 */
export function referenceParam(
  name: string,
  value: string,
  types: readonly string[],
): { type: string; id: string } {
  const [first, second, extra] = value.split('/');
  const type = second === undefined ? (types.length === 1 ? types[0] : undefined) : first;
  const id = second === undefined ? first : second;
  if (extra !== undefined || !type || !types.includes(type) || !id || !isTalonId(id)) {
    throw badRequest(
      `Параметр ${name}: ожидается ссылка вида ${types.map((t) => `${t}/<id>`).join(' или ')}.`,
    );
  }
  return { type, id };
}

/** The id of a single-type reference parameter, or undefined when it is absent. */
export const referencedId = (name: string, value: string | undefined, type: string): string | undefined =>
  value === undefined ? undefined : referenceParam(name, value, [type]).id;

/** A token parameter: `code` or `system|code`; a `system` other than `expected` matches nothing (null). */
export function tokenParam(name: string, value: string, expected: string): string | null {
  const bar = value.indexOf('|');
  const code = bar < 0 ? value : value.slice(bar + 1);
  if (!code) throw badRequest(`Параметр ${name}: пустой код.`);
  if (bar > 0 && value.slice(0, bar) !== expected) return null;
  return code;
}

const DATE = /^(\d{4}-\d{2}-\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A date bound with its prefix: `ge`, `gt`, `lt` or `le` and an instant with its zone, or a date (UTC
 * midnight). Returned as a half-open range end: `from` (inclusive) or `before` (exclusive).
 */
export function dateBound(name: string, value: string): { from: Date } | { before: Date } {
  const prefix = value.slice(0, 2);
  const text = value.slice(2);
  const at = DATE.test(text) ? new Date(`${text}T00:00:00Z`) : DATE_TIME.test(text) ? new Date(text) : null;
  if (!at || Number.isNaN(at.getTime())) {
    throw badRequest(`Параметр ${name}: ожидается ge, gt, lt или le и дата со временем и часовым поясом.`);
  }
  const justAfter = new Date(at.getTime() + 1);
  if (prefix === 'ge') return { from: at };
  if (prefix === 'gt') return { from: justAfter };
  if (prefix === 'lt') return { before: at };
  if (prefix === 'le') return { before: justAfter };
  throw badRequest(`Параметр ${name}: поддерживаются префиксы ge, gt, lt и le.`);
}

/** The range of every bound of a date parameter: the latest `from`, the earliest `before`. */
export function dateRange(name: string, values: readonly string[]): { from?: Date; before?: Date } {
  const range: { from?: Date; before?: Date } = {};
  for (const value of values) {
    const bound = dateBound(name, value);
    if ('from' in bound && (!range.from || bound.from > range.from)) range.from = bound.from;
    if ('before' in bound && (!range.before || bound.before < range.before)) range.before = bound.before;
  }
  return range;
}
