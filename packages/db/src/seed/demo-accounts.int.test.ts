import { createTestDatabase } from '@talon/testing';
import argon2 from 'argon2';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { aadFor } from '../crypto/encrypted-columns';
import { createFieldCipher } from '../crypto/field-cipher';
import { accounts } from '../schema';
import { queryRows } from '../sql';
import {
  DEMO_PATIENT_ACCOUNTS,
  DEMO_PATIENT_PASSWORD,
  DEMO_STAFF_PASSWORD,
  DEMO_TOTP_SECRET,
  listDemoAccounts,
  seedDatabase,
} from './index';

const keys = {
  encryptionKeys: new Map([['k1', Buffer.alloc(32, 7)]]),
  currentKeyId: 'k1',
  lookupKey: Buffer.alloc(32, 8),
};
const cipher = createFieldCipher(keys);

interface AccountRow {
  id: string;
  display_name: string;
  phone: string | null;
  email: string | null;
  snils_hash: string | null;
  password_hash: string;
  totp_secret_encrypted: string | null;
  totp_enabled_at: Date | null;
  patient_id: string | null;
  practitioner_id: string | null;
  role: string;
  organization_id: string | null;
  region_code: string | null;
  patient_phone: string | null;
  patient_snils_hash: string | null;
}

const accountRows = (db: DatabaseHandle['db']) =>
  queryRows<AccountRow>(
    db,
    sql`select a.id, a.display_name, a.phone, a.email, a.snils_hash, a.password_hash, a.totp_secret_encrypted,
          a.totp_enabled_at, a.patient_id, a.practitioner_id, r.role, r.organization_id, r.region_code,
          p.phone as patient_phone, p.snils_hash as patient_snils_hash
        from accounts a join account_roles r on r.account_id = a.id left join patients p on p.id = a.patient_id
        order by a.id`,
  );

let handle: DatabaseHandle;
let rows: AccountRow[];

beforeAll(async () => {
  handle = await createTestDatabase();
  const report = await seedDatabase(handle.db, { size: 'small', seed: 1, keys });
  expect(report.accounts).toBe(DEMO_PATIENT_ACCOUNTS + 7);
  rows = await accountRows(handle.db);
}, 60_000);

afterAll(async () => {
  await handle?.close();
});

describe('seedDatabase: demo accounts', () => {
  it('stores what listDemoAccounts lists, one role each', () => {
    const demo = listDemoAccounts({ size: 'small', seed: 1 });
    const listed = [...demo.staff, ...demo.patients];
    expect(rows).toHaveLength(listed.length);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const account of listed) {
      expect(byId.get(account.id)).toMatchObject({
        role: account.role,
        display_name: account.displayName,
        phone: account.phone,
        email: account.email,
        organization_id: account.organization?.id ?? null,
        region_code: account.regionCode,
        practitioner_id: account.practitionerId,
        patient_id: account.patientId,
      });
    }
  });

  it("gives patients the patient's own phone and SNILS hash, one shared argon2id hash, no second factor", async () => {
    const patients = rows.filter((r) => r.role === 'patient');
    expect(patients).toHaveLength(DEMO_PATIENT_ACCOUNTS);
    for (const row of patients) {
      expect(row.phone).toBe(row.patient_phone);
      expect(row.snils_hash).toBe(row.patient_snils_hash);
      expect(row.totp_secret_encrypted).toBeNull();
    }
    expect(new Set(patients.map((r) => r.password_hash)).size).toBe(1);
    expect(patients[0]?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await argon2.verify(patients[0]!.password_hash, DEMO_PATIENT_PASSWORD)).toBe(true);
    const [consents] = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from consents where purpose = 'personal_data' and account_id is not null`,
    );
    expect(consents?.n).toBe(DEMO_PATIENT_ACCOUNTS);
  });

  it('gives staff the staff password and an enabled TOTP with the documented secret, encrypted', async () => {
    const staff = rows.filter((r) => r.role !== 'patient');
    expect(staff.map((r) => r.role).sort()).toEqual([
      'call_centre',
      'clinic_admin',
      'doctor',
      'nurse',
      'registrar',
      'support',
      'system_admin',
    ]);
    for (const row of staff) {
      expect(row.totp_enabled_at).not.toBeNull();
      expect(row.totp_secret_encrypted).not.toContain(DEMO_TOTP_SECRET);
      expect(cipher.decrypt(row.totp_secret_encrypted!, aadFor(accounts.totpSecretEncrypted, row.id))).toBe(
        DEMO_TOTP_SECRET,
      );
      expect(row.patient_id).toBeNull();
    }
    expect(await argon2.verify(staff[0]!.password_hash, DEMO_STAFF_PASSWORD)).toBe(true);
  });

  it('links the representative to the ward, active, as approved by the demo registrar', async () => {
    const demo = listDemoAccounts({ size: 'small', seed: 1 });
    const links = await queryRows<{
      representative_patient_id: string;
      ward_patient_id: string;
      status: string;
      decided_by_account_id: string;
    }>(
      handle.db,
      sql`select representative_patient_id, ward_patient_id, status, decided_by_account_id from representative_links`,
    );
    expect(links).toEqual([
      {
        representative_patient_id: demo.representative?.patientId,
        ward_patient_id: demo.representative?.ward.patientId,
        status: 'active',
        decided_by_account_id: demo.staff.find((a) => a.role === 'registrar')?.id,
      },
    ]);
  });

  it('reseeds to the same accounts, replacing the previous ones', { timeout: 60_000 }, async () => {
    await handle.db.execute(
      sql`insert into accounts (display_name, email) values ('Лишний', 'extra@example.ru')`,
    );
    await seedDatabase(handle.db, { size: 'small', seed: 1, keys });
    const again = await accountRows(handle.db);
    expect(again.map((r) => [r.id, r.phone, r.role])).toEqual(rows.map((r) => [r.id, r.phone, r.role]));
  });
});
