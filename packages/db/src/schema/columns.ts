import { sql } from 'drizzle-orm';
import { type AnyPgColumn, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A point in time: always `timestamp with time zone` (`timestamptz`), read as a Date. The name stays a
 * literal type so that raw rows can be typed from the schema (`RawRow` in `src/sql`).
 */
export const timestamptz = <TName extends string>(name: TName) => timestamp(name, { withTimezone: true });

/** Columns every entity table has. Time is always `timestamptz`. */
export const entityColumns = {
  id: uuid('id').primaryKey().defaultRandom(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
};

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
