import { getTableName, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { queryRows } from '../sql';
import { aadFor, ENCRYPTED_COLUMNS, type EncryptedColumn } from './encrypted-columns';
import type { FieldCipher } from './field-cipher';
import { keyJoin, keyNames, keyValues, walkKeyedBatches } from './keyed-batches';

export interface ColumnRotation {
  /** `table.column`. */
  column: string;
  /** Values re-encrypted under the current key, bound to their row and column. */
  rotated: number;
  /** Values that changed between reading and writing (written by the application meanwhile), left as they are. */
  skipped: number;
}

export interface RotationReport {
  currentKeyId: string;
  columns: ColumnRotation[];
  rotated: number;
}

export interface RotateKeysOptions {
  /** Rows per transaction; default 1000. */
  batchSize?: number;
  columns?: readonly EncryptedColumn[];
  log?: (message: string) => void;
}

/**
 * Re-encrypts every value of the encrypted columns that is not in the current form — under the current key
 * and bound to its row and column by additional data — including the unbound `<keyId>.` and legacy `v1.`
 * forms, `batchSize` rows per transaction, walking each table by its key so that every row is read once.
 * Idempotent: a second run finds nothing to do, and an interrupted run is resumed by running it again.
 * The look-up hashes are not touched here (`rehashLookups`). A value that cannot be decrypted (its key is
 * not configured, or it was moved from another row) stops the run with the table, column and row.
 *
 * Each row is written only if it still holds the value that was read, so a concurrent change by the
 * application wins; such rows are counted as skipped (and are in the current form already).
 */
export async function rotateEncryptionKeys(
  db: Database,
  cipher: FieldCipher,
  options: RotateKeysOptions = {},
): Promise<RotationReport> {
  const batchSize = options.batchSize ?? 1000;
  const prefix = `${cipher.currentPrefix(true)}%`;
  const columns: ColumnRotation[] = [];
  for (const target of options.columns ?? ENCRYPTED_COLUMNS) {
    const name = `${getTableName(target.table)}.${target.column.name}`;
    const column = sql.identifier(target.column.name);
    const result: ColumnRotation = { column: name, rotated: 0, skipped: 0 };
    await walkKeyedBatches(
      db,
      target,
      {
        value: sql`${column}`,
        where: sql`${column} is not null and ${column} not like ${prefix}`,
        batchSize,
      },
      async (tx, rows) => {
        const values = rows.map((row) => {
          const aad = aadFor(target.column, ...row.key);
          let plaintext: string;
          try {
            plaintext = cipher.decrypt(row.value, aad);
          } catch (error) {
            const why = error instanceof Error ? error.message : String(error);
            throw new Error(`cannot decrypt ${name} of row ${row.key.join(':')}: ${why}`);
          }
          return sql`(${keyValues(row)}, ${row.value}, ${cipher.encrypt(plaintext, aad)})`;
        });
        const updated = await queryRows<{ one: number }>(
          tx,
          sql`update ${sql.identifier(getTableName(target.table))} as t set ${column} = v.fresh
              from (values ${sql.join(values, sql`, `)}) as v(${keyNames(target.key)}, old, fresh)
              where ${keyJoin(target.key)} and t.${column} = v.old
              returning 1 as one`,
        );
        result.rotated += updated.length;
        result.skipped += rows.length - updated.length;
      },
    );
    options.log?.(`${name}: ${result.rotated} re-encrypted, ${result.skipped} skipped`);
    columns.push(result);
  }
  return {
    currentKeyId: cipher.currentKeyId,
    columns,
    rotated: columns.reduce((sum, c) => sum + c.rotated, 0),
  };
}
