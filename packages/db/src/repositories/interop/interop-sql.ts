import type { InteropPage } from '@talon/core/interop';
import { gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/** A query's page and its count of matches, run side by side. */
export async function paged<T>(
  rows: Promise<T[]>,
  total: Promise<{ total: number }[]>,
): Promise<InteropPage<T>> {
  const [items, counted] = await Promise.all([rows, total]);
  return { items, total: counted[0]?.total ?? 0 };
}

/** Rows with one of `ids` (none for an empty list); no condition when `ids` is not given. */
export const idsIn = (column: PgColumn, ids: readonly string[] | undefined): SQL | undefined =>
  ids === undefined ? undefined : ids.length === 0 ? sql`false` : inArray(column, [...ids]);

/** A timestamp column within `[from, before)`. */
export const instantIn = (column: PgColumn, range: { from?: Date; before?: Date }): (SQL | undefined)[] => [
  range.from ? gte(column, range.from) : undefined,
  range.before ? lt(column, range.before) : undefined,
];

/** The first day whose midnight (UTC) is at or after `at`: a `date` column's bound for an instant's. */
const dayFrom = (at: Date): string => {
  const day = at.toISOString().slice(0, 10);
  if (at.getTime() === Date.parse(`${day}T00:00:00Z`)) return day;
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
};

/** A `date` column (a day, taken at its UTC midnight) within `[from, before)`. */
export const dayIn = (column: PgColumn, range: { from?: Date; before?: Date }): (SQL | undefined)[] => [
  range.from ? gte(column, dayFrom(range.from)) : undefined,
  range.before ? lt(column, dayFrom(range.before)) : undefined,
];
