import { randomUUID } from 'node:crypto';
import { fixedClock } from '@talon/core/shared';
import { schema } from '@talon/db';
import {
  attachPatient,
  auditEntriesAbout,
  buildAppointment,
  buildSlots,
  referralRow,
  setPatientFacts,
} from '@talon/testing';
import { describe, expect, it } from 'vitest';
import { book, createChildOf, createPatients, createStaff } from '../../testing/booking-helpers';
import { createTestApp, useTestApp } from '../../testing/test-app';

/**
 * Every refusal of docs/domain.md §3 through the HTTP API (issue 4, item 3): its code, its status and a Russian
 * detail; and the moved clock for the horizon and the minimum notice.
 */
const NOW = new Date('2026-12-01T06:00:00Z'); // 09:00 in Moscow
const clock = fixedClock(NOW);
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

const t = useTestApp({ clock, env: { RATE_LIMIT_BOOKING_PER_MINUTE: '10000' } });

const slotsOf = (specialtyCode: string, options: Parameters<typeof buildSlots>[1] = {}) =>
  buildSlots(t.database.db, { specialtyCode, start: hours(26), ...options });

function expectRefusal(
  res: { statusCode: number; json(): { code: string; detail: string } },
  status: number,
  code: string,
) {
  expect(res.statusCode, JSON.stringify(res.json())).toBe(status);
  expect(res.json().code).toBe(code);
  expect(res.json().detail).toMatch(/[а-яё]/i);
}

describe('booking refusals through the API', () => {
  it('SLOT_NOT_FOUND for an unknown slot, 400 for a malformed one, 400 without Idempotency-Key', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    expectRefusal(await book(t, p!.session, { slotId: randomUUID() }), 404, 'SLOT_NOT_FOUND');
    const bad = await book(t, p!.session, { slotId: 'nope' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.slotId');
    const [slot] = await slotsOf('ophthalmologist');
    const noKey = await t.app.inject({
      method: 'POST',
      url: '/api/v1/appointments',
      headers: p!.session.headers,
      payload: { slotId: slot!.id },
    });
    expectRefusal(noKey, 400, 'IDEMPOTENCY_KEY_REQUIRED');
  });

  it('SLOT_IN_PAST for a past slot and one inside the minimum notice; BEYOND_HORIZON past the horizon', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    const [past] = await slotsOf('ophthalmologist', { start: hours(-2) });
    expectRefusal(await book(t, p!.session, { slotId: past!.id }), 409, 'SLOT_IN_PAST');
    const [soon] = await slotsOf('ophthalmologist', { start: hours(0.5) });
    expectRefusal(await book(t, p!.session, { slotId: soon!.id }), 409, 'SLOT_IN_PAST');
    const [far] = await slotsOf('ophthalmologist', { start: hours(15 * 24) });
    expectRefusal(await book(t, p!.session, { slotId: far!.id }), 409, 'BEYOND_HORIZON');
    // The clock moves on: the far slot comes inside the horizon, the soon one stays closed.
    clock.set(hours(2 * 24));
    try {
      const [later] = await createPatients(t, 1, { now: clock.now() });
      expect((await book(t, later!.session, { slotId: far!.id })).statusCode).toBe(201);
    } finally {
      clock.set(NOW);
    }
  });

  it('CHANNEL_NOT_ALLOWED for a registry-only slot, which a registrar books', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    const [slot] = await slotsOf('ophthalmologist', { slot: { channels: ['registry'] } });
    expectRefusal(await book(t, p!.session, { slotId: slot!.id }), 409, 'CHANNEL_NOT_ALLOWED');
    const registrar = await createStaff(t, 'registrar', slot!.organizationId, { now: NOW });
    const res = await book(t, registrar.session, { slotId: slot!.id, patientId: p!.patientId });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().channel).toBe('registry');
  });

  it('a registrar overrides a rule only with a reason, and the override is audited (rule 5a)', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    const [slot] = await slotsOf('ophthalmologist', { slot: { channels: ['internet'] } });
    const registrar = await createStaff(t, 'registrar', slot!.organizationId, { now: NOW });
    const body = { slotId: slot!.id, patientId: p!.patientId };
    expectRefusal(await book(t, registrar.session, body), 409, 'CHANNEL_NOT_ALLOWED');
    expectRefusal(
      await book(t, registrar.session, { ...body, overrideReason: '  ' }),
      400,
      'OVERRIDE_REASON_REQUIRED',
    );
    const res = await book(t, registrar.session, {
      ...body,
      overrideReason: 'пациент на костылях, по звонку',
    });
    expect(res.statusCode, res.body).toBe(201);
    const audit = await auditEntriesAbout(t.database.db, p!.patientId);
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['appointment.book', 'override']));
    // A patient's overrideReason changes nothing.
    const [q] = await createPatients(t, 1, { now: NOW });
    const [other] = await slotsOf('ophthalmologist', { slot: { channels: ['registry'] } });
    expectRefusal(
      await book(t, q!.session, { slotId: other!.id, overrideReason: 'очень надо' }),
      409,
      'CHANNEL_NOT_ALLOWED',
    );
  });

  it('SPECIALTY_LIMIT: one active future appointment per specialty, a representative’s count for the ward', async () => {
    const [parent] = await createPatients(t, 1, { now: NOW });
    const child = await createChildOf(t, parent!, NOW);
    const slots = await slotsOf('otolaryngologist', { count: 3 });
    expect(
      (await book(t, parent!.session, { slotId: slots[0]!.id, patientId: child.patientId })).statusCode,
    ).toBe(201);
    expectRefusal(
      await book(t, parent!.session, { slotId: slots[1]!.id, patientId: child.patientId }),
      409,
      'SPECIALTY_LIMIT',
    );
    // The parent's own limit is separate.
    expect((await book(t, parent!.session, { slotId: slots[2]!.id })).statusCode).toBe(201);
  });

  it('SPECIALTY_LIMIT follows the per-region/per-specialty limit of the installation', async () => {
    const limited = await createTestApp({
      clock,
      env: { RATE_LIMIT_BOOKING_PER_MINUTE: '10000', BOOKING_SPECIALTY_LIMITS: '*:urologist=2' },
    });
    try {
      const [p] = await createPatients(limited, 1, { now: NOW });
      const slots = await buildSlots(limited.database.db, {
        specialtyCode: 'urologist',
        start: hours(26),
        count: 3,
      });
      expect((await book(limited, p!.session, { slotId: slots[0]!.id })).statusCode).toBe(201);
      expect((await book(limited, p!.session, { slotId: slots[1]!.id })).statusCode).toBe(201);
      const third = await book(limited, p!.session, { slotId: slots[2]!.id });
      expectRefusal(third, 409, 'SPECIALTY_LIMIT');
      expect(third.json().detail).toContain('2 активные записи');
    } finally {
      await limited.close();
    }
  });

  it('REFERRAL_REQUIRED without a usable referral; with one it books and uses it up', async () => {
    const [p, other] = await createPatients(t, 2, { now: NOW });
    const slots = await slotsOf('cardiologist', { count: 2 });
    expectRefusal(await book(t, p!.session, { slotId: slots[0]!.id }), 409, 'REFERRAL_REQUIRED');
    const [foreign] = await t.database.db
      .insert(schema.referrals)
      .values({ patientId: other!.patientId, specialtyCode: 'cardiologist', validUntil: '2026-12-31' })
      .returning();
    expectRefusal(
      await book(t, p!.session, { slotId: slots[0]!.id, referralId: foreign!.id }),
      409,
      'REFERRAL_REQUIRED',
    );
    const [referral] = await t.database.db
      .insert(schema.referrals)
      .values({ patientId: p!.patientId, specialtyCode: 'cardiologist', validUntil: '2026-12-31' })
      .returning();
    const ok = await book(t, p!.session, { slotId: slots[0]!.id, referralId: referral!.id });
    expect(ok.statusCode, ok.body).toBe(201);
    expect((await referralRow(t.database.db, referral!.id))!.usedByAppointmentId).toBe(ok.json().id);
  });

  it('NOT_ATTACHED for a therapist outside the attached clinic', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    const [slot] = await slotsOf('therapist');
    expectRefusal(await book(t, p!.session, { slotId: slot!.id }), 409, 'NOT_ATTACHED');
    await attachPatient(t.database.db, p!.patientId, { organizationId: slot!.organizationId });
    expect((await book(t, p!.session, { slotId: slot!.id })).statusCode).toBe(201);
  });

  it('PRIORITY_QUOTA before release for a patient without a privileged category', async () => {
    const [p, pensioner] = await createPatients(t, 2, { now: NOW });
    await setPatientFacts(t.database.db, pensioner!.patientId, { privilegedCategory: 'pensioner' });
    const [slot] = await slotsOf('ophthalmologist', {
      slot: { isPriority: true, priorityReleasedAt: hours(2) },
    });
    expectRefusal(await book(t, p!.session, { slotId: slot!.id }), 409, 'PRIORITY_QUOTA');
    expect((await book(t, pensioner!.session, { slotId: slot!.id })).statusCode).toBe(201);
  });

  it('NO_SHOW_SUSPENDED after two no-shows in a year; the registry can still book', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    for (const daysAgo of [40, 10]) {
      await buildAppointment(t.database.db, {
        patientId: p!.patientId,
        slotOptions: { specialtyCode: 'surgeon', start: hours(-daysAgo * 24) },
        appointment: { status: 'noshow' },
      });
    }
    const [slot] = await slotsOf('ophthalmologist');
    const res = await book(t, p!.session, { slotId: slot!.id });
    expectRefusal(res, 403, 'NO_SHOW_SUSPENDED');
    expect(res.json().detail).toContain('21.12.2026');
    const registrar = await createStaff(t, 'registrar', slot!.organizationId, { now: NOW });
    expect((await book(t, registrar.session, { slotId: slot!.id, patientId: p!.patientId })).statusCode).toBe(
      201,
    );
  });

  it('CONSENT_REQUIRED for booking another adult without their consent (existing or not)', async () => {
    const [p, stranger] = await createPatients(t, 2, { now: NOW });
    const [slot] = await slotsOf('ophthalmologist');
    expectRefusal(
      await book(t, p!.session, { slotId: slot!.id, patientId: stranger!.patientId }),
      403,
      'CONSENT_REQUIRED',
    );
    expectRefusal(
      await book(t, p!.session, { slotId: slot!.id, patientId: randomUUID() }),
      403,
      'CONSENT_REQUIRED',
    );
    await t.database.db.insert(schema.consents).values({
      patientId: stranger!.patientId,
      granteePatientId: p!.patientId,
      purpose: 'booking_on_behalf',
      textVersion: 'test',
    });
    const ok = await book(t, p!.session, { slotId: slot!.id, patientId: stranger!.patientId });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().patientId).toBe(stranger!.patientId);
  });

  it('SLOT_TAKEN with up to five alternatives: the same clinic and specialty first, nearest in time', async () => {
    const [a, b] = await createPatients(t, 2, { now: NOW });
    const slots = await slotsOf('dentist-therapist', { count: 8 });
    expect((await book(t, a!.session, { slotId: slots[3]!.id })).statusCode).toBe(201);
    const res = await book(t, b!.session, { slotId: slots[3]!.id });
    expectRefusal(res, 409, 'SLOT_TAKEN');
    const alternatives = res.json().alternatives as {
      id: string;
      start: string;
      organization: { id: string };
    }[];
    expect(alternatives).toHaveLength(5);
    expect(alternatives.map((x) => x.id)).not.toContain(slots[3]!.id);
    const others = new Set(slots.filter((_, i) => i !== 3).map((s) => s.id));
    expect(alternatives.every((x) => others.has(x.id))).toBe(true);
    expect(
      alternatives
        .slice(0, 2)
        .map((x) => x.id)
        .sort(),
    ).toEqual([slots[2]!.id, slots[4]!.id].sort());
    expect(alternatives.every((x) => x.organization.id === slots[0]!.organizationId)).toBe(true);
    expect(alternatives[0]!.start).toMatch(/\+03:00$/);
  });
});
