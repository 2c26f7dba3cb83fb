import { randomUUID } from 'node:crypto';
import { fixedClock } from '@talon/core/shared';
import { schema } from '@talon/db';
import { attachPatient, buildPractitioner, buildSlots, practitionerOrganizationId } from '@talon/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { book, createPatients, createStaff } from '../../testing/booking-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

/**
 * Issue 15 item 9: visit reasons, cancellation and override reasons, diagnosis codes and the stored
 * `Idempotency-Key` answers are at rest only as ciphertext bound to their row and column.
 */
const NOW = new Date('2026-12-01T06:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: fixedClock(NOW), env: { RATE_LIMIT_BOOKING_PER_MINUTE: '10000' } });
});
afterAll(() => t?.close());

/** Every text column of a row, as the database holds it. */
async function rowText(table: string, where: { column: string; value: string }) {
  const result = await t.database.db.execute(
    sql`select row_to_json(x)::text as text from ${sql.identifier(table)} x where ${sql.identifier(where.column)}::text = ${where.value}`,
  );
  return (result as unknown as { rows: { text: string }[] }).rows.map((r) => r.text).join('\n');
}

describe('medical text at rest', () => {
  it('keeps the visit, override and cancellation reasons and the stored answer as bound ciphertext', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    const [slot] = await buildSlots(t.database.db, {
      specialtyCode: 'ophthalmologist',
      start: new Date(NOW.getTime() + 26 * 3_600_000),
      slot: { channels: ['internet'] },
    });
    const registrar = await createStaff(t, 'registrar', slot!.organizationId, { now: NOW });
    const key = randomUUID();
    const body = {
      slotId: slot!.id,
      patientId: p!.patientId,
      reason: 'Болит правый глаз после травмы',
      overrideReason: 'пациент на костылях, по звонку',
    };
    const booked = await book(t, registrar.session, body, key);
    expect(booked.statusCode, booked.body).toBe(201);
    expect(booked.json().reason).toBe(body.reason);
    const id: string = booked.json().id;

    const [row] = await t.database.db
      .select()
      .from(schema.appointments)
      .where(eq(schema.appointments.id, id));
    expect(row?.legacyOverrideReason).toBeNull();
    expect(row?.overrideReasonEncrypted).toMatch(/^k1\.a\./);
    expect(row?.reasonEncrypted).toMatch(/^k1\.a\./);
    const appointmentText = await rowText('appointments', { column: 'id', value: id });
    expect(appointmentText).not.toMatch(/глаз|костыл/);

    // The answer replayed for a repeated Idempotency-Key holds the reason: stored encrypted, replayed whole.
    const [stored] = await t.database.db
      .select()
      .from(schema.idempotencyKeys)
      .where(eq(schema.idempotencyKeys.key, key));
    expect(stored?.legacyResponseBody).toBeNull();
    expect(stored?.responseEncrypted).toMatch(/^k1\.a\./);
    expect(await rowText('idempotency_keys', { column: 'key', value: key })).not.toContain('глаз');
    const replay = await book(t, registrar.session, body, key);
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(booked.json());

    // A ciphertext moved to another row no longer opens: the swap is refused instead of showing wrong data.
    const [other] = await createPatients(t, 1, { now: NOW });
    const [slot2] = await buildSlots(t.database.db, {
      specialtyCode: 'surgeon',
      start: new Date(NOW.getTime() + 30 * 3_600_000),
    });
    const second = await book(t, other!.session, { slotId: slot2!.id, reason: 'Зубная боль' });
    expect(second.statusCode, second.body).toBe(201);
    await t.database.db
      .update(schema.appointments)
      .set({ reasonEncrypted: row!.reasonEncrypted })
      .where(eq(schema.appointments.id, second.json().id));
    const swapped = await t.app.inject({
      url: `/api/v1/appointments/${second.json().id}`,
      headers: other!.session.headers,
    });
    expect(swapped.statusCode).toBe(500);
    expect(swapped.body).not.toContain('глаз');

    const cancel = await t.app.inject({
      method: 'POST',
      url: `/api/v1/appointments/${id}/cancel`,
      headers: { ...p!.session.headers, 'idempotency-key': randomUUID() },
      payload: { reason: 'Заболел гриппом' },
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    const [cancelled] = await t.database.db
      .select()
      .from(schema.appointments)
      .where(eq(schema.appointments.id, id));
    expect(cancelled?.cancellationReasonEncrypted).toMatch(/^k1\.a\./);
    expect(await rowText('appointments', { column: 'id', value: id })).not.toContain('гриппом');
  });

  it('keeps the diagnosis of a referral as bound ciphertext and shows it to the patient', async () => {
    const practitioner = await buildPractitioner(t.database.db);
    const organizationId = await practitionerOrganizationId(t.database.db, practitioner.id);
    const doctor = await createStaff(t, 'doctor', organizationId, {
      practitionerId: practitioner.id,
      now: NOW,
    });
    const [p] = await createPatients(t, 1, { now: NOW });
    await attachPatient(t.database.db, p!.patientId, { organizationId });
    const issued = await t.app.inject({
      method: 'POST',
      url: '/api/v1/referrals',
      headers: doctor.session.headers,
      payload: { patientId: p!.patientId, specialty: 'cardiologist', diagnosisCode: 'I10' },
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const [row] = await t.database.db
      .select()
      .from(schema.referrals)
      .where(eq(schema.referrals.id, issued.json().id));
    expect(row?.legacyDiagnosisCode).toBeNull();
    expect(row?.diagnosisCodeEncrypted).toMatch(/^k1\.a\./);
    expect(await rowText('referrals', { column: 'id', value: row!.id })).not.toContain('I10');
    const mine = await t.app.inject({ url: '/api/v1/referrals', headers: p!.session.headers });
    expect(mine.json().items).toEqual([expect.objectContaining({ id: row!.id, diagnosisCode: 'I10' })]);
  });
});
