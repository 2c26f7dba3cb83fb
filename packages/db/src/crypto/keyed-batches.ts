import { getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database, DbExecutor } from '../client';
import { queryRows } from '../sql';

/** A table walked by its key: `id`, or several columns (the idempotency keys' account and key). */
export interface KeyedTable {
  table: PgTable;
  key: readonly PgColumn[];
}

/** A row of a batch: its key's values as text (in the key's order) and the selected value. */
export interface KeyedRow {
  key: string[];
  value: string;
}

const typed = (column: PgColumn, value: string) => sql`${value}::${sql.raw(column.getSQLType())}`;

/** `(k1, k2)`: the key as a row value, ordered like the primary key's index. */
export const keyTuple = (key: readonly PgColumn[]) =>
  sql`(${sql.join(
    key.map((column) => sql.identifier(column.name)),
    sql`, `,
  )})`;

/** `t.k1 = v.k1::uuid and …`: joins the table `t` to a VALUES list `v` of keys as text. */
export const keyJoin = (key: readonly PgColumn[]) =>
  sql.join(
    key.map(
      (column, i) =>
        sql`t.${sql.identifier(column.name)} = ${sql.identifier('v')}.${sql.identifier(`k${i}`)}::${sql.raw(column.getSQLType())}`,
    ),
    sql` and `,
  );

/** The key's values of a row as a VALUES tuple prefix: `'a', 'b'` (text; `keyJoin` casts them). */
export const keyValues = (row: KeyedRow) =>
  sql.join(
    row.key.map((value) => sql`${value}`),
    sql`, `,
  );

/** `k0, k1` for the column list of a VALUES alias. */
export const keyNames = (key: readonly PgColumn[]) => sql.raw(key.map((_, i) => `k${i}`).join(', '));

/**
 * Walks the rows of `target` that match `where`, `batchSize` per transaction, in key order so every row is
 * read once; the rows of a batch are locked (FOR UPDATE) until `work` returns. `value` is the selected
 * expression as text. Stops when a batch comes back short.
 */
export async function walkKeyedBatches(
  db: Database,
  target: KeyedTable,
  options: { value: SQL; where: SQL; batchSize: number },
  work: (tx: DbExecutor, rows: KeyedRow[]) => Promise<void>,
): Promise<void> {
  const table = sql.identifier(getTableName(target.table));
  const keys = sql.join(
    target.key.map((column, i) => sql`${sql.identifier(column.name)}::text as ${sql.identifier(`k${i}`)}`),
    sql`, `,
  );
  let after: string[] | null = null;
  for (;;) {
    const from: string[] | null = after;
    const rows: KeyedRow[] = await db.transaction(async (tx): Promise<KeyedRow[]> => {
      const found = await queryRows<Record<string, string>>(
        tx,
        sql`select ${keys}, ${options.value} as value from ${table}
            where ${options.where}
              ${
                from
                  ? sql`and ${keyTuple(target.key)} > (${sql.join(
                      target.key.map((column, i) => typed(column, from[i]!)),
                      sql`, `,
                    )})`
                  : sql``
              }
            order by ${keyTuple(target.key)} limit ${options.batchSize} for update`,
      );
      const batch: KeyedRow[] = found.map((row) => ({
        key: target.key.map((_, i) => row[`k${i}`]!),
        value: row.value!,
      }));
      if (batch.length) await work(tx, batch);
      return batch;
    });
    if (rows.length === 0) return;
    after = rows[rows.length - 1]!.key;
    if (rows.length < options.batchSize) return;
  }
}
