import { createTestDatabase } from '@talon/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { aadFor } from '../crypto/encrypted-columns';
import { createFieldCipher } from '../crypto/field-cipher';
import { accounts, appointments } from '../schema';
import { queryRows } from '../sql';
import { DEMO_DOCTOR_EMAIL, ensureDemoDoctorDay } from './doctor-day';
import { seedDatabase } from './index';

const keys = {
  encryptionKeys: new Map([['k1', Buffer.alloc(32, 5)]]),
  currentKeyId: 'k1',
  lookupKey: Buffer.alloc(32, 6),
};

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await seedDatabase(handle.db, { size: 'small', seed: 1, keys });
}, 180_000);
afterAll(() => handle?.close());

/** The demo doctor's visits of one day (`YYYYMMDD`, as in the ticket numbers the demo day gives them), in order. */
async function demoDoctorVisits(day: string) {
  const { db } = handle;
  const [doctor] = await db.select().from(accounts).where(eq(accounts.email, DEMO_DOCTOR_EMAIL));
  const visits = await db
    .select()
    .from(appointments)
    .where(eq(appointments.practitionerId, doctor!.practitionerId!))
    .orderBy(appointments.startsAt);
  return visits.filter((v) => v.ticketNumber.includes(`-${day}-9`));
}

describe('ensureDemoDoctorDay', () => {
  it('gives the demo doctor today’s visits of patients with a record once a day: seen, arrived, booked', {
    timeout: 60_000,
  }, async () => {
    const { db } = handle;
    // 12:10 in Moscow (the demo doctor's clinic): eight visits from 10:30 to 14:00.
    const now = new Date('2026-12-07T09:10:00Z');
    expect(await ensureDemoDoctorDay(db, keys, now)).toBe(8);
    expect(await ensureDemoDoctorDay(db, keys, new Date(now.getTime() + 3_600_000))).toBe(0);

    const today = await demoDoctorVisits('20261207');
    expect(today.map((v) => v.status)).toEqual([
      'fulfilled',
      'arrived',
      'arrived',
      'arrived',
      'booked',
      'booked',
      'booked',
      'booked',
    ]);
    expect(today[0]!.startsAt.toISOString()).toBe('2026-12-07T07:30:00.000Z');
    expect(today.filter((v) => v.arrivedAt).length).toBe(4);
    const cipher = createFieldCipher(keys);
    expect(
      cipher.decrypt(today[0]!.reasonEncrypted!, aadFor(appointments.reasonEncrypted, today[0]!.id)),
    ).toBe('Повышенное давление по утрам');
    // Every patient has a record to show, and none is the README's demo patient or representative.
    const patientIds = today.map((v) => v.patientId);
    expect(new Set(patientIds).size).toBe(8);
    const [withRecords] = await queryRows<{ n: number }>(
      db,
      sql`select count(distinct patient_id)::int as n from encounters where patient_id = any(${`{${patientIds.join(',')}}`}::uuid[])`,
    );
    expect(withRecords?.n).toBe(8);
    const readme = await queryRows<{ patient_id: string }>(
      db,
      sql`select patient_id from accounts where phone in ('+79568542903', '+79858564359')`,
    );
    expect(patientIds.some((id) => readme.some((r) => r.patient_id === id))).toBe(false);
  });

  it('keeps the day’s last visit booked near midnight, so the desk has one to check in', {
    timeout: 60_000,
  }, async () => {
    const { db } = handle;
    // 23:40 in Moscow: the visits after 23:30 would fall on the next day and are left out.
    const now = new Date('2026-12-08T20:40:00Z');
    expect(await ensureDemoDoctorDay(db, keys, now)).toBe(4);
    const day = await demoDoctorVisits('20261208');
    expect(day.map((v) => v.status)).toEqual(['fulfilled', 'arrived', 'arrived', 'booked']);
  });
});
