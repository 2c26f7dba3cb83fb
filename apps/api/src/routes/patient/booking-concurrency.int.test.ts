import { activeAppointmentsIn, appointmentRows, buildSlots, slotStatuses } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { book, createPatients, type TestPatient } from '../../testing/booking-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

/**
 * docs/domain.md rule 1 under load: whatever the interleaving, a slot holds at most one active appointment, losers
 * get SLOT_TAKEN (never a 5xx), and every 201 is in the database.
 */
let t: TestApp;
beforeAll(async () => {
  // Correctness under contention, not load shedding: the rate limit, the event-loop guard and the pool's
  // waiting line (which answer 429/503 by design, issue item 11) are opened wide for this file.
  t = await createTestApp({
    env: { RATE_LIMIT_BOOKING_PER_MINUTE: '10000', OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '0' },
    pool: { maxWaiting: 10_000, acquireTimeoutMs: 60_000 },
  });
});
afterAll(() => t?.close());

const activeAppointments = (slotIds: string[]) => activeAppointmentsIn(t.database.db, slotIds);

describe('booking under concurrency', () => {
  it('500 concurrent requests for one slot by 500 patients: one 201, 499 SLOT_TAKEN, one appointment', async () => {
    const [slot] = await buildSlots(t.database.db, { specialtyCode: 'ophthalmologist' });
    const patients = await createPatients(t, 500);
    const answers = await Promise.all(patients.map((p) => book(t, p.session, { slotId: slot!.id })));
    const statuses = answers.map((r) => r.statusCode);
    expect(
      statuses.filter((s) => s >= 500),
      'no 5xx',
    ).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    const losers = answers.filter((r) => r.statusCode !== 201);
    expect(losers).toHaveLength(499);
    expect(new Set(losers.map((r) => `${r.statusCode} ${r.json().code}`))).toEqual(
      new Set(['409 SLOT_TAKEN']),
    );
    const rows = await activeAppointments([slot!.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(answers.find((r) => r.statusCode === 201)!.json().id);
  }, 120_000);

  it('a mass rush with cancels and reschedules keeps every invariant', async () => {
    const db = t.database.db;
    const start = new Date(Date.now() + 2 * 86_400_000);
    start.setUTCHours(6, 0, 0, 0);
    const eyes = await buildSlots(db, { specialtyCode: 'ophthalmologist', count: 30, start });
    const ent = await buildSlots(db, { specialtyCode: 'otolaryngologist', count: 30, start });
    const slotIds = [...eyes, ...ent].map((s) => s.id);
    const patients = await createPatients(t, 60);
    const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
    const created: string[] = [];

    // Each patient grabs three random slots of both specialties at once, then randomly cancels or
    // reschedules what they got while others keep booking.
    const rush = async (p: TestPatient) => {
      const tries = await Promise.all(
        [eyes, ent, pick([eyes, ent])].map((list) => book(t, p.session, { slotId: pick(list).id })),
      );
      for (const r of tries) {
        expect(r.statusCode, r.body).toBeLessThan(500);
        if (r.statusCode === 201) created.push(r.json().id);
      }
      for (const r of tries.filter((x) => x.statusCode === 201)) {
        const appointment = r.json();
        const action = Math.random();
        if (action < 0.3) {
          const res = await t.app.inject({
            method: 'POST',
            url: `/api/v1/appointments/${appointment.id}/cancel`,
            headers: p.session.headers,
            payload: { reason: 'планы изменились' },
          });
          expect(res.statusCode, res.body).toBeLessThan(500);
        } else if (action < 0.6) {
          const same = appointment.specialty.code === 'ophthalmologist' ? eyes : ent;
          const res = await t.app.inject({
            method: 'POST',
            url: `/api/v1/appointments/${appointment.id}/reschedule`,
            headers: p.session.headers,
            payload: { slotId: pick(same).id },
          });
          expect(res.statusCode, res.body).toBeLessThan(500);
          if (res.statusCode === 200) created.push(res.json().id);
        }
      }
    };
    await Promise.all(patients.map(rush));

    const active = await activeAppointments(slotIds);
    const perSlot = new Map<string, number>();
    const perPatientSpecialty = new Map<string, number>();
    for (const a of active) {
      perSlot.set(a.slotId, (perSlot.get(a.slotId) ?? 0) + 1);
      const key = `${a.patientId} ${a.specialtyCode}`;
      perPatientSpecialty.set(key, (perPatientSpecialty.get(key) ?? 0) + 1);
    }
    expect(
      [...perSlot.values()].every((n) => n === 1),
      'one active appointment per slot',
    ).toBe(true);
    expect(
      [...perPatientSpecialty.values()].every((n) => n === 1),
      'one per patient and specialty',
    ).toBe(true);
    // Every 201/200 is in the database, and slot status agrees with the active appointments.
    // A patient who sent two requests for one slot gets the same appointment twice (docs/domain.md rule 2).
    const createdIds = [...new Set(created)];
    const stored = await appointmentRows(db, { ids: createdIds });
    expect(stored).toHaveLength(createdIds.length);
    const statuses = await slotStatuses(db, slotIds);
    const booked = Object.keys(statuses).filter((id) => statuses[id] === 'booked');
    expect(new Set(booked)).toEqual(new Set(active.map((a) => a.slotId)));
    expect(created.length).toBeGreaterThan(20);
  }, 120_000);
});
