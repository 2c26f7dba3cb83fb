import { getTableName, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { queryRows } from '../sql';
import { ENCRYPTED_COLUMNS, type EncryptedColumn } from './encrypted-columns';
import type { FieldCipher } from './field-cipher';

export interface ColumnRotation {
  /** `table.column`. */
  column: string;
  /** Values re-encrypted under the current key. */
  rotated: number;
  /** Values that changed between reading and writing (written by the application meanwhile), left as they are. */
  skipped: number;
}

export interface RotationReport {
  currentKeyId: string;
  columns: ColumnRotation[];
  rotated: number;
}

/** A row of any encrypted column: its key and its ciphertext. */
interface EncryptedValue {
  id: string;
  value: string;
}

export interface RotateKeysOptions {
  /** Rows per transaction; default 1000. */
  batchSize?: number;
  columns?: readonly EncryptedColumn[];
  log?: (message: string) => void;
}

/**
 * Re-encrypts every value of the encrypted columns that is not under the cipher's current key (including the
 * legacy `v1.` form), `batchSize` rows per transaction, walking each table by id so that every row is read
 * once. Idempotent: a second run finds nothing to do, and an interrupted run is resumed by running it again.
 * The look-up hashes are not touched (their key is separate). A value that cannot be decrypted (its key is
 * not configured) stops the run with the table, column and row id.
 *
 * Each row is written only if it still holds the value that was read, so a concurrent change by the
 * application wins; such rows are counted as skipped (and are under the current key already).
 */
export async function rotateEncryptionKeys(
  db: Database,
  cipher: FieldCipher,
  options: RotateKeysOptions = {},
): Promise<RotationReport> {
  const batchSize = options.batchSize ?? 1000;
  const prefix = `${cipher.currentKeyId}.%`;
  const columns: ColumnRotation[] = [];
  for (const target of options.columns ?? ENCRYPTED_COLUMNS) {
    const name = `${getTableName(target.table)}.${target.column.name}`;
    const table = sql.identifier(getTableName(target.table));
    const id = sql.identifier(target.id.name);
    const column = sql.identifier(target.column.name);
    const result: ColumnRotation = { column: name, rotated: 0, skipped: 0 };
    let afterId: string | null = null;
    for (;;) {
      const batch = await db.transaction(async (tx) => {
        const rows = await queryRows<EncryptedValue>(
          tx,
          sql`select ${id}::text as id, ${column} as value from ${table}
              where ${column} is not null and ${column} not like ${prefix}
                ${afterId === null ? sql`` : sql`and ${id} > ${afterId}::uuid`}
              order by ${id} limit ${batchSize} for update`,
        );
        if (rows.length === 0) return rows;
        const values = rows.map((row) => {
          let plaintext: string;
          try {
            plaintext = cipher.decrypt(row.value);
          } catch (error) {
            const why = error instanceof Error ? error.message : String(error);
            throw new Error(`cannot decrypt ${name} of row ${row.id}: ${why}`);
          }
          return sql`(${row.id}::uuid, ${row.value}, ${cipher.encrypt(plaintext)})`;
        });
        const updated = await queryRows<Pick<EncryptedValue, 'id'>>(
          tx,
          sql`update ${table} as t set ${column} = v.fresh
              from (values ${sql.join(values, sql`, `)}) as v(id, old, fresh)
              where t.${id} = v.id and t.${column} = v.old
              returning t.${id}`,
        );
        result.rotated += updated.length;
        result.skipped += rows.length - updated.length;
        return rows;
      });
      if (batch.length === 0) break;
      afterId = batch[batch.length - 1]?.id ?? null;
      if (batch.length < batchSize) break;
    }
    options.log?.(`${name}: ${result.rotated} re-encrypted, ${result.skipped} skipped`);
    columns.push(result);
  }
  return {
    currentKeyId: cipher.currentKeyId,
    columns,
    rotated: columns.reduce((sum, c) => sum + c.rotated, 0),
  };
}
