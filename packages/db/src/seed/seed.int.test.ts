import { parseOms, parseSnils } from '@talon/core/identifiers';
import { createTestDatabase } from '@talon/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { aadFor } from '../crypto/encrypted-columns';
import { createFieldCipher } from '../crypto/field-cipher';
import { patients } from '../schema';
import { queryRows } from '../sql';
import { seedDatabase, seedDemoIfEmpty } from './index';

const keys = {
  encryptionKeys: new Map([['k1', Buffer.alloc(32, 5)]]),
  currentKeyId: 'k1',
  lookupKey: Buffer.alloc(32, 6),
};
const cipher = createFieldCipher(keys);

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
  handle = await createTestDatabase();
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
      id: string;
      snils_hash: string;
      snils_encrypted: string;
      oms_hash: string;
      oms_encrypted: string;
    }>(
      db,
      sql`select id, snils_hash, snils_encrypted, oms_hash, oms_encrypted from patients order by id limit 20`,
    );
    for (const row of rows) {
      const snils = cipher.decrypt(row.snils_encrypted, aadFor(patients.snilsEncrypted, row.id));
      expect(parseSnils(snils)).toEqual({ ok: true, value: snils });
      expect(cipher.lookupHash(snils)).toBe(row.snils_hash);
      const oms = cipher.decrypt(row.oms_encrypted, aadFor(patients.omsEncrypted, row.id));
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

    // Ratings come from review rows of past fulfilled visits, never from thin air.
    expect(report.reviews).toBeGreaterThan(100);
    expect(await count(db, 'reviews')).toBe(report.reviews);
    const [mismatch] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from practitioners p
          left join (select practitioner_id, round(avg(rating), 2) as mean, count(*)::int as n
                     from reviews group by practitioner_id) r on r.practitioner_id = p.id
          where p.reviews_count <> coalesce(r.n, 0) or p.rating is distinct from r.mean`,
    );
    expect(mismatch?.n).toBe(0);
    const [visits] = await queryRows<{ n: number; fulfilled: number; past: number }>(
      db,
      sql`select count(*)::int as n, count(*) filter (where a.status = 'fulfilled')::int as fulfilled,
            count(*) filter (where a.starts_at < now() and s.starts_at = a.starts_at)::int as past
          from reviews rv join appointments a on a.id = rv.appointment_id join slots s on s.id = a.slot_id`,
    );
    expect(visits).toEqual({ n: report.reviews, fulfilled: report.reviews, past: report.reviews });
    // The demo accounts' people keep an empty history.
    const [demoVisits] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from appointments a join accounts ac on ac.patient_id = a.patient_id`,
    );
    expect(demoVisits?.n).toBe(0);
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
