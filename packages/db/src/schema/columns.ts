import { sql } from 'drizzle-orm';
import { type AnyPgColumn, date, pgSequence, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A point in time: always `timestamp with time zone` (`timestamptz`), read as a Date. The name stays a
 * literal type so that raw rows can be typed from the schema (`RawRow` in `src/sql`).
 */
export const timestamptz = <TName extends string>(name: TName) => timestamp(name, { withTimezone: true });

/**
 * A calendar day (a birth date, a validity period's end): `date`, read as ISO `YYYY-MM-DD` text rather than a
 * Date, so no time zone ever moves it to the day before.
 */
export const isoDate = <TName extends string>(name: TName) => date(name, { mode: 'string' });

/** When a row was created and last changed. */
export const timestampColumns = {
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
};

/** Columns every entity table has. Time is always `timestamptz`. */
export const entityColumns = {
  id: uuid('id').primaryKey().defaultRandom(),
  ...timestampColumns,
};

/**
 * The running number of a kind of document or entry: handed out without a lock and never reused (a
 * rolled-back transaction leaves a gap); no numbers are cached per session, so they are issued in order.
 */
export const numberSequence = (name: string) => pgSequence(name, { startWith: 1, cache: 1 });

/** A list of values as SQL literals, for check constraints built from core's lists (`'a', 'b'`). */
export const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

type OnDelete = 'cascade' | 'restrict' | 'set null';

/** A required uuid foreign key to `target` (another table's `id`). */
export const uuidRef = <TName extends string>(name: TName, target: () => AnyPgColumn, onDelete: OnDelete) =>
  uuid(name).notNull().references(target, { onDelete });

/** An optional uuid foreign key to `target`: null when there is none, or once the target is gone. */
export const optionalUuidRef = <TName extends string>(
  name: TName,
  target: () => AnyPgColumn,
  onDelete: OnDelete = 'set null',
) => uuid(name).references(target, { onDelete });

/** A required foreign key to a reference table's text code (regions, specialties), never deleted. */
export const codeRef = <TName extends string>(name: TName, target: () => AnyPgColumn) =>
  text(name).notNull().references(target);

/** An optional foreign key to a reference table's text code: null when the row has none. */
export const optionalCodeRef = <TName extends string>(name: TName, target: () => AnyPgColumn) =>
  text(name).references(target);
