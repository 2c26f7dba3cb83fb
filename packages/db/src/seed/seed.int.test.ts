import { randomBytes } from 'node:crypto';
import { parseOms, parseSnils } from '@talon/core/identifiers';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../client';
import { createFieldCipher } from '../crypto/field-cipher';
import { migrateDatabase } from '../migrate';
import { queryRows } from '../query-rows';
import { seedDatabase, seedDemoIfEmpty } from './index';

const keys = { encryptionKey: Buffer.alloc(32, 5), lookupKey: Buffer.alloc(32, 6) };
const cipher = createFieldCipher(keys);

/**
 * One database for the file (two PGlite instances in one process can hang): in-memory PGlite, or — in the
 * PostgreSQL project of the integration tests — a fresh database on the cluster the global setup started.
 */
async function openSeedDatabase(): Promise<DatabaseHandle> {
  if (process.env.TEST_DB !== 'postgres') {
    const handle = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    await migrateDatabase(handle);
    return handle;
  }
  const url = inject('postgresUrl');
  const name = `talon_seed_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: dbUrl.toString(), poolMax: 2 });
  await migrateDatabase(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    },
  };
}

const count = async (db: DatabaseHandle['db'], table: string) => {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${sql.identifier(table)}`,
  );
  return row?.n;
};

const organizationIds = async (db: DatabaseHandle['db']) =>
  (await queryRows<{ id: string }>(db, sql`select id from organizations order by id`)).map((r) => r.id);

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openSeedDatabase();
}, 60_000);

afterAll(async () => {
  await handle?.close();
});

describe('seedDatabase (small)', () => {
  it('fills the directory and patients, with SNILS and OMS encrypted and hashed', {
    timeout: 60_000,
  }, async () => {
    const { db } = handle;
    const indexes = () =>
      queryRows<{ indexdef: string }>(
        db,
        sql`select indexdef from pg_indexes where tablename = 'patients' order by 1`,
      );
    const indexesBefore = await indexes();
    const report = await seedDatabase(db, { size: 'small', seed: 1, keys });
    // The load drops the secondary indexes and rebuilds them.
    expect(await indexes()).toEqual(indexesBefore);
    expect(indexesBefore.length).toBeGreaterThan(1);

    expect(report).toMatchObject({ size: 'small', seed: 1, patients: 2_000 });
    expect(report.organizations).toBeGreaterThanOrEqual(25);
    expect(report.practitioners).toBeGreaterThanOrEqual(150);
    expect(report.practitionerRoles).toBeGreaterThanOrEqual(report.practitioners);
    expect(await count(db, 'organizations')).toBe(report.organizations);
    expect(await count(db, 'practitioners')).toBe(report.practitioners);
    expect(await count(db, 'practitioner_roles')).toBe(report.practitionerRoles);
    expect(await count(db, 'patients')).toBe(2_000);
    expect(await count(db, 'locations')).toBeGreaterThan(report.organizations);
    expect(await count(db, 'regions')).toBe(85);

    const rows = await queryRows<{
      snils_hash: string;
      snils_encrypted: string;
      oms_hash: string;
      oms_encrypted: string;
    }>(
      db,
      sql`select snils_hash, snils_encrypted, oms_hash, oms_encrypted from patients order by id limit 20`,
    );
    for (const row of rows) {
      const snils = cipher.decrypt(row.snils_encrypted);
      expect(parseSnils(snils)).toEqual({ ok: true, value: snils });
      expect(cipher.lookupHash(snils)).toBe(row.snils_hash);
      const oms = cipher.decrypt(row.oms_encrypted);
      expect(parseOms(oms)).toEqual({ ok: true, value: oms });
      expect(cipher.lookupHash(oms)).toBe(row.oms_hash);
      expect(row.snils_encrypted).not.toContain(snils);
    }

    const [practitioner] = await queryRows<{ languages: string[]; education: { institution: string }[] }>(
      db,
      sql`select languages, education from practitioners order by id limit 1`,
    );
    expect(practitioner?.languages).toContain('ru');
    expect(practitioner?.education[0]?.institution).toBeTruthy();
  });

  it('gives the same organization ids when run again, and a demo start keeps existing data', {
    timeout: 60_000,
  }, async () => {
    const { db } = handle;
    const before = await organizationIds(db);
    await seedDatabase(db, { size: 'small', seed: 1, keys });
    expect(await organizationIds(db)).toEqual(before);
    expect(await count(db, 'patients')).toBe(2_000);

    expect(await seedDemoIfEmpty(db, keys)).toBeUndefined();
    expect(await organizationIds(db)).toEqual(before);
  });

  it('seeds the demo into an empty database', { timeout: 60_000 }, async () => {
    const { db } = handle;
    await db.execute(sql`truncate table organizations cascade`);
    const report = await seedDemoIfEmpty(db, keys);
    expect(report).toMatchObject({ size: 'small', seed: 1, patients: 2_000 });
    expect((await organizationIds(db)).length).toBe(report?.organizations);
  });
});
