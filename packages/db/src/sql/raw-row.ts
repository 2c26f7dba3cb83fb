import type { Column, Table } from 'drizzle-orm';

/**
 * What a driver hands back for a column in a raw statement: Drizzle asks both drivers to leave time as text,
 * yet a value built in SQL (`json_agg`, PGlite on some paths) may come as a Date; `int8` and `numeric` as text.
 */
type RawValue<C extends Column> = C['_']['data'] extends Date
  ? string | Date
  : C['_']['columnType'] extends 'PgNumericNumber' | 'PgBigInt53' | 'PgBigSerial53'
    ? string | number
    : C['_']['data'];

type Columns<T extends Table> = T['_']['columns'];

/**
 * A row of `table` as a raw statement returns it, derived from the schema: keyed by the SQL column name, with
 * the driver's values. Pick the columns a statement selects, e.g.
 * `Pick<RawRow<typeof slots>, 'id' | 'starts_at'>`, and read time through `toDate`.
 */
export type RawRow<T extends Table> = {
  [K in keyof Columns<T> as Columns<T>[K]['_']['name']]: Columns<T>[K]['_']['notNull'] extends true
    ? RawValue<Columns<T>[K]>
    : RawValue<Columns<T>[K]> | null;
};

/** Columns of a raw row under the names a statement gives them: `o.name as organization_name`. */
export type Renamed<Row, Names extends { [K in keyof Row]?: string }> = {
  [K in keyof Names & keyof Row as Names[K] & string]: Row[K];
};

/** Columns the statement's `where` proves set (`… is not null`). */
export type NotNull<Row> = { [K in keyof Row]: NonNullable<Row[K]> };

/** Columns of an outer join: null when nothing matched. */
export type Nullable<Row> = { [K in keyof Row]: Row[K] | null };

/** A `timestamptz` as a Date, whether the driver gave text or a Date. */
export const toDate = (value: string | Date): Date => (value instanceof Date ? value : new Date(value));

/** `toDate`, keeping null. */
export const toDateOrNull = (value: string | Date | null | undefined): Date | null =>
  value === null || value === undefined ? null : toDate(value);
