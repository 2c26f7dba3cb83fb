import { getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../client';
import { queryRows } from '../sql';

type Executor = Pick<Database, 'execute'>;

/** One column of a bulk insert: the schema column and how to read its value from a generated row. */
export interface Column<Row> {
  column: PgColumn;
  value: (row: Row) => unknown;
}

/** Rows per statement: big enough to amortise the round trip, small enough to keep memory flat. */
export const BATCH_ROWS = 10_000;

/** `{"a","b \"c\""}`: a text[] literal, so that an array column travels as one element of a text[] parameter. */
const arrayLiteral = (items: readonly string[]): string =>
  `{${items.map((item) => `"${item.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;

function toParameter(sqlType: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (sqlType === 'jsonb' || sqlType === 'json') return JSON.stringify(value);
  if (sqlType.endsWith('[]')) return arrayLiteral(value as string[]);
  return value;
}

/** Array columns and JSON cannot go through `unnest` as themselves (it would flatten them): send them as text. */
const isSentAsText = (sqlType: string): boolean =>
  sqlType === 'jsonb' || sqlType === 'json' || sqlType.endsWith('[]');

/**
 * `INSERT INTO t (a, b, …) SELECT … FROM unnest($1::uuid[], $2::text[], …)`: one array parameter per column, so
 * a statement carries thousands of rows with a handful of parameters. Fast on PostgreSQL and PGlite alike,
 * and far below the 65 535-parameter limit of a multi-row VALUES list.
 */
export function buildInsert<Row>(table: PgTable, columns: readonly Column<Row>[], rows: readonly Row[]): SQL {
  const names = sql.join(
    columns.map(({ column }) => sql.identifier(column.name)),
    sql`, `,
  );
  const arrays = columns.map(({ column, value }) => {
    const sqlType = column.getSQLType();
    const values = rows.map((row) => toParameter(sqlType, value(row)));
    return sql`${sql.param(values)}::${sql.raw(isSentAsText(sqlType) ? 'text' : sqlType)}[]`;
  });
  const selected = columns.map(({ column }) => {
    const sqlType = column.getSQLType();
    const name = sql.identifier(column.name);
    return isSentAsText(sqlType) ? sql`${name}::${sql.raw(sqlType)}` : name;
  });
  return sql`insert into ${sql.identifier(getTableName(table))} (${names})
    select ${sql.join(selected, sql`, `)} from unnest(${sql.join(arrays, sql`, `)}) as input(${names})`;
}

/**
 * Runs an insert. A failure is rethrown with a short message: the driver's own error quotes the statement with
 * all its parameters, which for 10 000 rows is megabytes of text.
 */
async function run(db: Executor, table: PgTable, rows: number, statement: SQL): Promise<void> {
  try {
    await db.execute(statement);
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new Error(`inserting ${rows} rows into ${getTableName(table)} failed: ${reason}`, { cause });
  }
}

/** Inserts rows in statements of `BATCH_ROWS`. */
export async function insertAll<Row>(
  db: Executor,
  table: PgTable,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const batch = rows.slice(start, start + BATCH_ROWS);
    await run(db, table, batch.length, buildInsert(table, columns, batch));
  }
}

/**
 * Keeps one insert in flight while the caller prepares the next batch, so that generating and encrypting rows
 * (in this process) and inserting them (in PostgreSQL) overlap. `submit` waits for the previous insert first,
 * so a failure surfaces at the next `submit` or at `drain`.
 */
export function createPipeline<Row>(db: Executor, table: PgTable, columns: readonly Column<Row>[]) {
  let pending: Promise<void> = Promise.resolve();
  return {
    async submit(rows: readonly Row[]): Promise<void> {
      if (rows.length === 0) return;
      // Built before waiting: this is the CPU-heavy part that overlaps with the running insert.
      const statement = buildInsert(table, columns, rows);
      await pending;
      // `run` returns a real promise; drizzle's query objects would run again on every `then`.
      pending = run(db, table, rows.length, statement);
      // Marks the rejection as handled here; it is rethrown where `pending` is awaited.
      pending.catch(() => {});
    },
    async drain(): Promise<void> {
      await pending;
    },
  };
}

/** An index or constraint as the catalog describes it: its name and the SQL that re-creates it. */
export interface CatalogDefinition {
  name: string;
  definition: string;
}

/**
 * Runs a bulk load into `table` with its secondary indexes dropped, then rebuilds them: one sort per index
 * instead of a million random B-tree insertions, several times faster for the large set. Indexes that back a
 * constraint (the primary key) stay. Call it inside a transaction, so that an interrupted load cannot leave
 * the table without its indexes.
 */
export async function withSecondaryIndexesRebuilt<T>(
  db: Executor,
  table: PgTable,
  load: () => Promise<T>,
): Promise<T> {
  const indexes = await queryRows<CatalogDefinition>(
    db,
    sql`select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
      from pg_index i join pg_class c on c.oid = i.indexrelid
      where i.indrelid = ${getTableName(table)}::regclass
        and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
      order by c.relname`,
  );
  for (const index of indexes) await db.execute(sql`drop index ${sql.identifier(index.name)}`);
  const result = await load();
  // The definitions come from the catalog itself (`CREATE [UNIQUE] INDEX … ON public.patients …`).
  for (const index of indexes) await db.execute(sql.raw(index.definition));
  return result;
}
