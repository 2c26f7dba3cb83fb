import { getTableName, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { queryRows } from '../sql';
import { aadFor, PLAINTEXT_COLUMNS } from './encrypted-columns';
import type { FieldCipher } from './field-cipher';
import { keyJoin, keyNames, keyValues, walkKeyedBatches } from './keyed-batches';

/**
 * Moves the plaintext left by earlier releases (override and emergency reasons, diagnosis codes, stored
 * `Idempotency-Key` answers) into their encrypted columns, bound to row and column, and empties the old
 * column (issue 15 item 9). The database cannot do it in a migration: it never holds the key. Run at every
 * start of the API and the worker and by `npm run keys:rotate`; once nothing is left it costs one indexed
 * look-up per column. Returns how many values were sealed.
 */
export async function sealPlaintextColumns(
  db: Database,
  cipher: FieldCipher,
  options: { batchSize?: number } = {},
): Promise<number> {
  let sealed = 0;
  for (const { target, plaintext } of PLAINTEXT_COLUMNS) {
    const from = sql.identifier(plaintext.name);
    const to = sql.identifier(target.column.name);
    await walkKeyedBatches(
      db,
      target,
      // jsonb (the stored answers) becomes its JSON text.
      { value: sql`${from}::text`, where: sql`${from} is not null`, batchSize: options.batchSize ?? 1000 },
      async (tx, rows) => {
        const values = rows.map(
          (row) => sql`(${keyValues(row)}, ${cipher.encrypt(row.value, aadFor(target.column, ...row.key))})`,
        );
        const updated = await queryRows<{ one: number }>(
          tx,
          sql`update ${sql.identifier(getTableName(target.table))} as t set ${to} = v.sealed, ${from} = null
              from (values ${sql.join(values, sql`, `)}) as v(${keyNames(target.key)}, sealed)
              where ${keyJoin(target.key)}
              returning 1 as one`,
        );
        sealed += updated.length;
      },
    );
  }
  return sealed;
}
