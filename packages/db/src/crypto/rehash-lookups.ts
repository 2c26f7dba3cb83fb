import { getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../client';
import { icd10HashInput } from '../repositories/records/conditions.repository';
import { openRecordText } from '../repositories/records/record-cipher';
import { accounts, conditions, patients, registrations } from '../schema';
import { queryRows } from '../sql';
import { aadFor } from './encrypted-columns';
import type { FieldCipher } from './field-cipher';
import { type KeyedTable, keyJoin, keyNames, keyValues, walkKeyedBatches } from './keyed-batches';

/** A look-up hash column and how to get the identifier it hashes back from the row. */
interface LookupColumn extends KeyedTable {
  hash: PgColumn;
  /** A JSON array whose first element is the stored hash; `plaintextOf` reads the rest. */
  value: SQL;
  where: SQL;
  plaintextOf(values: unknown[], cipher: FieldCipher, key: string[]): string | null;
}

/** A diagnosis's ICD-10 code, in the form its hash is taken of. */
const conditionCodeOf = (values: unknown[], cipher: FieldCipher, key: string[]) =>
  icd10HashInput(
    openRecordText(cipher, values[1] as string, {
      table: 'conditions',
      column: 'code_encrypted',
      rowId: key[0] ?? '',
    }),
  );

const decryptColumn = (column: PgColumn) => (values: unknown[], cipher: FieldCipher, key: string[]) =>
  cipher.decrypt(values[1] as string, aadFor(column, ...key));

/**
 * Every stored look-up hash (docs/domain.md rule 18): the patients' SNILS and OMS, the SNILS of accounts (from their
 * patient, since accounts keep only the hash) and of registrations still pending (from their form), and the
 * diagnoses' ICD-10 codes (FHIR `Condition?code=`).
 */
const LOOKUP_COLUMNS: readonly LookupColumn[] = [
  {
    table: patients,
    key: [patients.id],
    hash: patients.snilsHash,
    value: sql`json_build_array(snils_hash, snils_encrypted)::text`,
    where: sql`snils_hash is not null and snils_encrypted is not null`,
    plaintextOf: decryptColumn(patients.snilsEncrypted),
  },
  {
    table: patients,
    key: [patients.id],
    hash: patients.omsHash,
    value: sql`json_build_array(oms_hash, oms_encrypted)::text`,
    where: sql`oms_hash is not null and oms_encrypted is not null`,
    plaintextOf: decryptColumn(patients.omsEncrypted),
  },
  {
    table: accounts,
    key: [accounts.id],
    hash: accounts.snilsHash,
    value: sql`json_build_array(snils_hash, (select json_build_array(p.id, p.snils_encrypted)
      from patients p where p.id = accounts.patient_id))::text`,
    where: sql`snils_hash is not null`,
    plaintextOf: (values, cipher) => {
      const patient = values[1] as [string, string | null] | null;
      if (!patient?.[1]) return null;
      return cipher.decrypt(patient[1], aadFor(patients.snilsEncrypted, patient[0]));
    },
  },
  {
    table: registrations,
    key: [registrations.id],
    hash: registrations.snilsHash,
    value: sql`json_build_array(snils_hash, payload_encrypted)::text`,
    where: sql`completed_at is null`,
    plaintextOf: (values, cipher, key) => {
      const form = JSON.parse(
        cipher.decrypt(values[1] as string, aadFor(registrations.payloadEncrypted, ...key)),
      );
      return typeof form?.snils === 'string' ? form.snils : null;
    },
  },
  {
    table: conditions,
    key: [conditions.id],
    hash: conditions.codeHash,
    value: sql`json_build_array(code_hash, code_encrypted)::text`,
    where: sql`code_hash is not null`,
    plaintextOf: conditionCodeOf,
  },
];

export interface RehashReport {
  /** Hashes moved from the previous look-up key to the current one. */
  rehashed: number;
  /** Hashes under neither key, or whose identifier cannot be read back: left as they are, and named in the log. */
  unresolved: number;
}

/**
 * Re-hashes every look-up hash stored under the previous look-up key (TALON_LOOKUP_KEY_PREVIOUS) under the
 * current one, `batchSize` rows per transaction, from the encrypted identifier it stands for. Meanwhile
 * look-ups try both keys (`FieldCipher.lookupHashes`), so nobody is missed during the change. Each row is
 * written only if it still holds the hash that was read. Idempotent.
 */
export async function rehashLookups(
  db: Database,
  cipher: FieldCipher,
  options: { batchSize?: number; log?: (line: string) => void } = {},
): Promise<RehashReport> {
  const report: RehashReport = { rehashed: 0, unresolved: 0 };
  for (const target of LOOKUP_COLUMNS) {
    const name = `${getTableName(target.table)}.${target.hash.name}`;
    const hash = sql.identifier(target.hash.name);
    let rehashed = 0;
    let unresolved = 0;
    await walkKeyedBatches(
      db,
      target,
      { value: target.value, where: target.where, batchSize: options.batchSize ?? 1000 },
      async (tx, rows) => {
        const changes: SQL[] = [];
        for (const row of rows) {
          const values = JSON.parse(row.value) as unknown[];
          const stored = values[0] as string;
          let plaintext: string | null;
          try {
            plaintext = target.plaintextOf(values, cipher, row.key);
          } catch {
            plaintext = null;
          }
          const fresh = plaintext === null ? null : cipher.lookupHash(plaintext);
          if (fresh === stored) continue;
          if (plaintext === null || stored !== cipher.previousLookupHash(plaintext)) {
            unresolved += 1;
            options.log?.(`${name} of row ${row.key.join(':')}: under neither look-up key, left as it is`);
            continue;
          }
          changes.push(sql`(${keyValues(row)}, ${stored}, ${fresh})`);
        }
        if (!changes.length) return;
        const updated = await queryRows<{ one: number }>(
          tx,
          sql`update ${sql.identifier(getTableName(target.table))} as t set ${hash} = v.fresh
              from (values ${sql.join(changes, sql`, `)}) as v(${keyNames(target.key)}, old, fresh)
              where ${keyJoin(target.key)} and t.${hash} = v.old
              returning 1 as one`,
        );
        rehashed += updated.length;
      },
    );
    options.log?.(`${name}: ${rehashed} re-hashed, ${unresolved} left`);
    report.rehashed += rehashed;
    report.unresolved += unresolved;
  }
  return report;
}

/**
 * Fills the keyed hash of diagnoses written before it existed (migration 0044 adds `conditions.code_hash`
 * empty: the database has no key to compute it), `batchSize` rows per transaction, under the current look-up
 * key. Run by `npm run keys:rotate`; idempotent. Until it has run, such diagnoses are not found by
 * `Condition?code=` (they are still read and searched by patient).
 */
export async function backfillConditionCodeHashes(
  db: Database,
  cipher: FieldCipher,
  options: { batchSize?: number } = {},
): Promise<number> {
  let filled = 0;
  await walkKeyedBatches(
    db,
    { table: conditions, key: [conditions.id] },
    {
      value: sql`json_build_array(null, code_encrypted)::text`,
      where: sql`code_hash is null`,
      batchSize: options.batchSize ?? 1000,
    },
    async (tx, rows) => {
      const changes = rows.map((row) => {
        const hash = cipher.lookupHash(conditionCodeOf(JSON.parse(row.value) as unknown[], cipher, row.key));
        return sql`(${keyValues(row)}, ${hash})`;
      });
      if (!changes.length) return;
      const updated = await queryRows<{ one: number }>(
        tx,
        sql`update conditions as t set code_hash = v.fresh
            from (values ${sql.join(changes, sql`, `)}) as v(${keyNames([conditions.id])}, fresh)
            where ${keyJoin([conditions.id])} and t.code_hash is null
            returning 1 as one`,
      );
      filled += updated.length;
    },
  );
  return filled;
}
