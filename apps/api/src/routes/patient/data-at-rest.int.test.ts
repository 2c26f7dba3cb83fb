import { randomUUID } from 'node:crypto';
import { fixedClock } from '@talon/core/shared';
import {
  attachPatient,
  buildPractitioner,
  buildSlots,
  practitionerOrganizationId,
  setStoredColumn,
  storedRows,
} from '@talon/testing';
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

/** A row as the database holds it, and its whole text. */
async function stored(table: string, column: string, value: string) {
  const [row] = await storedRows(t.database.db, table, { column, value });
  return { row: row ?? {}, text: JSON.stringify(row ?? null) };
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
    // The registry sees the booking view: no reason in its answer (docs/domain.md rule 24).
    expect(booked.json()).not.toHaveProperty('reason');
    const id: string = booked.json().id;

    const { row, text: appointmentText } = await stored('appointments', 'id', id);
    expect(row.override_reason).toBeNull();
    expect(row.override_reason_encrypted).toMatch(/^k1\.a\./);
    expect(row.reason_encrypted).toMatch(/^k1\.a\./);
    expect(appointmentText).not.toMatch(/глаз|костыл/);

    // The answer replayed for a repeated Idempotency-Key is stored encrypted and replayed whole.
    const answer = await stored('idempotency_keys', 'key', key);
    expect(answer.row.response_body).toBeNull();
    expect(answer.row.response_encrypted).toMatch(/^k1\.a\./);
    expect(answer.text).not.toContain('глаз');
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
    await setStoredColumn(t.database.db, 'appointments', 'reason_encrypted', row.reason_encrypted as string, {
      column: 'id',
      value: second.json().id,
    });
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
    const cancelled = await stored('appointments', 'id', id);
    expect(cancelled.row.cancellation_reason_encrypted).toMatch(/^k1\.a\./);
    expect(cancelled.text).not.toContain('гриппом');
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
    const referralId: string = issued.json().id;
    const { row, text } = await stored('referrals', 'id', referralId);
    expect(row.diagnosis_code).toBeNull();
    expect(row.diagnosis_code_encrypted).toMatch(/^k1\.a\./);
    expect(text).not.toContain('I10');
    const mine = await t.app.inject({ url: '/api/v1/referrals', headers: p!.session.headers });
    expect(mine.json().items).toEqual([expect.objectContaining({ id: referralId, diagnosisCode: 'I10' })]);
  });
});
