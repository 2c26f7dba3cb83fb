import { randomUUID } from 'node:crypto';
import { regenerateSlots } from '@talon/core/scheduling';
import { fixedClock } from '@talon/core/shared';
import { createSchedulingStore, schema } from '@talon/db';
import { buildOrganization, buildPractitioner, buildSlots, outboxRowsOf, patientRow } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { book, createPatients, type TestPatient } from '../../testing/booking-helpers';
import type { Session } from '../../testing/identity-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** The waitlist through the API: entries, exclusive offers of freed and new slots, expiry, fulfilment. */
const NOW = new Date('2026-12-01T06:00:00Z'); // 09:00 in Moscow
const clock = fixedClock(NOW);
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);
const minutesLater = (m: number) => new Date(clock.now().getTime() + m * 60_000);
const WINDOW = { from: '2026-12-01', to: '2026-12-10' };

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock, env: { RATE_LIMIT_BOOKING_PER_MINUTE: '10000' } });
});
afterAll(() => t?.close());

const post = (session: Session, url: string, payload: unknown = {}) =>
  t.app.inject({ method: 'POST', url, headers: session.headers, payload: payload as object });
const join = (p: TestPatient, body: Record<string, unknown>) =>
  post(p.session, '/api/v1/waitlist', { reason: 'no_free_slots', ...WINDOW, ...body });
const list = async (p: TestPatient) => {
  const res = await t.app.inject({ url: '/api/v1/waitlist', headers: p.session.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as {
    id: string;
    status: string;
    appointmentId: string | null;
    offer: null | Record<string, string>;
  }[];
};
const remove = (p: TestPatient, id: string) =>
  t.app.inject({ method: 'DELETE', url: `/api/v1/waitlist/${id}`, headers: p.session.headers });
const patients = (count: number) => createPatients(t, count, { now: clock.now() });
/** The slot ids anyone may see in the public search of the clinic and specialty at the app's time. */
const searchIds = async (organizationId: string, specialty: string) => {
  const res = await t.app.inject({
    url: `/api/v1/slots?organization=${organizationId}&specialty=${specialty}&pageSize=50`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { id: string }[]).map((s) => s.id);
};
const offersTo = async (patientId: string) => {
  const phone = (await patientRow(t.database.db, patientId))?.phone;
  return (await outboxRowsOf(t.database.db, 'waitlist_offer')).filter((m) => m.recipient === phone);
};

const offersOfSlot = (slotId: string) =>
  t.database.db.query.waitlistOffers.findMany({ where: (o, { eq }) => eq(o.slotId, slotId) });

/** A booked slot of a fresh clinic, and the patient who booked it. */
async function bookedSlot(specialty: string) {
  const [slot] = await buildSlots(t.database.db, { specialtyCode: specialty, start: hours(50) });
  const [owner] = await patients(1);
  const booked = await book(t, owner!.session, { slotId: slot!.id });
  expect(booked.statusCode, booked.body).toBe(201);
  return { slot: slot!, owner: owner!, appointmentId: booked.json().id as string };
}

describe('POST/GET/DELETE /api/v1/waitlist', () => {
  it('validates in Russian with the field: specialty, window order, past, length, target, reason', async () => {
    const [p] = await patients(1);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ specialty: 'no-such-specialty' }, 400, 'body.specialty'],
      [{ specialty: 'surgeon', from: '2026-12-05', to: '2026-12-01' }, 400, 'body.to'],
      [{ specialty: 'surgeon', from: '2026-11-20', to: '2026-12-01' }, 422, 'body.from'],
      [{ specialty: 'surgeon', to: '2027-02-01' }, 422, 'body.to'],
      [{ specialty: 'surgeon', practitionerId: randomUUID() }, 422, 'body.practitionerId'],
      [{ specialty: 'surgeon', reason: 'bored' }, 400, 'body.reason'],
      [{ specialty: 'surgeon', from: '01.12.2026' }, 400, 'body.from'],
      [{ specialty: 'sur\u0000geon' }, 400, 'body.specialty'],
      [{ specialty: '' }, 400, 'body.specialty'],
    ];
    for (const [body, status, field] of cases) {
      const res = await join(p!, body);
      expect(res.statusCode, `${JSON.stringify(body)} ${res.body}`).toBe(status);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      const problem = res.json();
      expect(problem.detail).toMatch(/[а-яё]/i);
      expect(problem.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('creates, lists, refuses duplicates and more than 5 entries, removes; someone else’s entry is 404', async () => {
    // Kaliningrad patients: their entries for any clinic of their region never meet the other tests' slots.
    const [p, other] = await createPatients(t, 2, { now: clock.now(), patient: { regionCode: '39' } });
    const created = await join(p!, { specialty: 'surgeon', reason: 'no_convenient_time' });
    expect(created.statusCode, created.body).toBe(201);
    const entry = created.json();
    expect(entry).toMatchObject({
      patientId: p!.patientId,
      specialty: { code: 'surgeon' },
      from: WINDOW.from,
      to: WINDOW.to,
      reason: 'no_convenient_time',
      status: 'waiting',
      offer: null,
    });
    const duplicate = await join(p!, { specialty: 'surgeon' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('WAITLIST_DUPLICATE');
    for (const specialty of ['urologist', 'ophthalmologist', 'otolaryngologist', 'dentist-therapist']) {
      expect((await join(p!, { specialty })).statusCode).toBe(201);
    }
    const sixth = await join(p!, { specialty: 'dentist-surgeon' });
    expect(sixth.statusCode).toBe(409);
    expect(sixth.json()).toMatchObject({ code: 'WAITLIST_LIMIT' });
    expect(sixth.json().detail).toMatch(/не более 5/);
    expect((await list(p!)).map((e) => e.id)).toContain(entry.id);
    expect(await list(other!)).toEqual([]);

    const foreign = await remove(other!, entry.id);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('WAITLIST_ENTRY_NOT_FOUND');
    expect((await remove(p!, entry.id)).statusCode).toBe(204);
    expect((await remove(p!, entry.id)).statusCode).toBe(404);
    expect((await list(p!)).map((e) => e.id)).not.toContain(entry.id);
    // A place freed: the sixth entry fits now.
    expect((await join(p!, { specialty: 'dentist-surgeon' })).statusCode).toBe(201);
  });

  it('puts someone else on the list only under booking’s rules: a stranger is CONSENT_REQUIRED', async () => {
    const [p, stranger] = await patients(2);
    const res = await join(p!, { specialty: 'surgeon', patientId: stranger!.patientId });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CONSENT_REQUIRED');
  });
});

describe('offers', () => {
  it('a cancelled visit goes to the first waiting patient exclusively: SMS, hidden, refused to others, booked by them', async () => {
    const { slot, owner, appointmentId } = await bookedSlot('ophthalmologist');
    const [first, second, stranger] = await patients(3);
    const target = { specialty: 'ophthalmologist', organizationId: slot.organizationId };
    const firstEntry = (await join(first!, target)).json();
    expect((await join(second!, target)).statusCode).toBe(201);

    const cancelled = await post(owner.session, `/api/v1/appointments/${appointmentId}/cancel`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);

    expect(await offersTo(first!.patientId)).toHaveLength(1);
    expect(await offersTo(second!.patientId)).toHaveLength(0);
    const [offered] = await list(first!);
    expect(offered).toMatchObject({ id: firstEntry.id, status: 'offered' });
    expect(offered!.offer).toMatchObject({ slotId: slot.id, timeZone: 'Europe/Moscow' });
    expect(offered!.offer!.start).toMatch(/\+03:00$/);
    expect(new Date(offered!.offer!.expiresAt!).getTime()).toBe(minutesLater(15).getTime());

    expect(await searchIds(slot.organizationId, 'ophthalmologist')).not.toContain(slot.id);
    for (const other of [stranger!, second!]) {
      const refused = await book(t, other.session, { slotId: slot.id });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe('SLOT_TAKEN');
    }
    const hold = await post(stranger!.session, `/api/v1/slots/${slot.id}/hold`);
    expect(hold.statusCode).toBe(409);

    const booked = await book(t, first!.session, { slotId: slot.id });
    expect(booked.statusCode, booked.body).toBe(201);
    const [fulfilled] = await list(first!);
    expect(fulfilled).toMatchObject({ status: 'fulfilled', appointmentId: booked.json().id, offer: null });
    const offers = await offersOfSlot(slot.id);
    expect(offers.map((o) => o.status)).toEqual(['accepted']);
    // The second patient still waits.
    expect((await list(second!))[0]).toMatchObject({ status: 'waiting', offer: null });
  });

  it('an expired offer passes to the next patient; after the last one the slot is public again', async () => {
    const { slot, owner, appointmentId } = await bookedSlot('otolaryngologist');
    const [first, second] = await patients(2);
    const target = { specialty: 'otolaryngologist', organizationId: slot.organizationId };
    expect((await join(first!, target)).statusCode).toBe(201);
    expect((await join(second!, target)).statusCode).toBe(201);
    expect((await post(owner.session, `/api/v1/appointments/${appointmentId}/cancel`)).statusCode).toBe(200);
    expect((await list(first!))[0]!.status).toBe('offered');

    clock.set(minutesLater(16));
    // Until the sweep passes it on, the lapsed offer's slot stays hidden (the hold's grace).
    expect(await searchIds(slot.organizationId, 'otolaryngologist')).not.toContain(slot.id);
    const passed = await t.app.services.waitlist.sweep(null);
    expect(passed.errors).toEqual([]);
    expect(passed.offers).toBeGreaterThanOrEqual(1);
    expect(await offersTo(second!.patientId)).toHaveLength(1);
    expect((await list(second!))[0]).toMatchObject({ status: 'offered', offer: { slotId: slot.id } });
    expect((await list(first!))[0]).toMatchObject({ status: 'waiting', offer: null });
    // The first patient hears that the time went on and that they stay on the list: in the app, not by SMS.
    const expired = (await outboxRowsOf(t.database.db, 'waitlist_offer_expired')).filter(
      (m) => m.recipient === first!.accountId,
    );
    expect(expired.map((m) => m.channel)).toEqual(['in_app']);
    expect(await searchIds(slot.organizationId, 'otolaryngologist')).not.toContain(slot.id);

    clock.set(minutesLater(16));
    const released = await t.app.services.waitlist.sweep(null);
    expect(released.released).toBeGreaterThanOrEqual(1);
    expect(await searchIds(slot.organizationId, 'otolaryngologist')).toContain(slot.id);
    // Nobody is offered the same slot twice: the first patient is not asked again.
    expect(await offersTo(first!.patientId)).toHaveLength(1);
    const [latecomer] = await patients(1);
    expect((await book(t, latecomer!.session, { slotId: slot.id })).statusCode).toBe(201);
    clock.set(NOW);
  });

  it('sweeps running at once pass an expired offer on exactly once', async () => {
    const { slot, owner, appointmentId } = await bookedSlot('obstetrician-gynecologist');
    const [first, second, third] = await patients(3);
    const target = { specialty: 'obstetrician-gynecologist', organizationId: slot.organizationId };
    for (const p of [first!, second!, third!]) expect((await join(p, target)).statusCode).toBe(201);
    expect((await post(owner.session, `/api/v1/appointments/${appointmentId}/cancel`)).statusCode).toBe(200);
    clock.set(minutesLater(16));
    const reports = await Promise.all([1, 2, 3].map(() => t.app.services.waitlist.sweep(null)));
    expect(reports.flatMap((r) => r.errors)).toEqual([]);
    const offers = await offersOfSlot(slot.id);
    const open = offers.filter((o) => o.status === 'offered');
    expect(open).toHaveLength(1);
    expect(open[0]!.patientId).toBe(second!.patientId);
    expect(offers).toHaveLength(2);
    clock.set(NOW);
  });

  it('leaving the list declines the open offer and passes the slot on', async () => {
    const { slot, owner, appointmentId } = await bookedSlot('urologist');
    const [first, second] = await patients(2);
    const target = { specialty: 'urologist', organizationId: slot.organizationId };
    const entry = (await join(first!, target)).json();
    expect((await join(second!, target)).statusCode).toBe(201);
    expect((await post(owner.session, `/api/v1/appointments/${appointmentId}/cancel`)).statusCode).toBe(200);
    expect((await remove(first!, entry.id)).statusCode).toBe(204);
    expect((await list(second!))[0]).toMatchObject({ status: 'offered', offer: { slotId: slot.id } });
  });

  it('new slots from schedule generation are offered to the entry waiting for them', async () => {
    const clinic = await buildOrganization(t.database.db);
    const practitioner = await buildPractitioner(t.database.db, {
      organizationId: clinic.id,
      specialtyCode: 'dentist-therapist',
    });
    const [p] = await patients(1);
    const created = await join(p!, { specialty: 'dentist-therapist', practitionerId: practitioner.id });
    expect(created.statusCode, created.body).toBe(201);
    const role = await t.database.db.query.practitionerRoles.findFirst({
      where: (r, { eq: equals }) => equals(r.practitionerId, practitioner.id),
    });
    await t.database.db.insert(schema.schedules).values({
      practitionerRoleId: role!.id,
      validFrom: '2026-01-01',
      slotMinutes: 30,
      days: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '10:00', end: '11:00', breaks: [] })),
      channels: ['internet'],
    });
    const generated = await regenerateSlots({ store: createSchedulingStore(t.database.db), clock }, null, {
      practitionerRoleId: role!.id,
    });
    expect(generated.inserted).toBeGreaterThan(0);

    const report = await t.app.services.waitlist.sweep(null);
    expect(report.errors).toEqual([]);
    const [entry] = await list(p!);
    expect(entry).toMatchObject({ status: 'offered' });
    expect(entry!.offer!.practitioner).toMatchObject({ id: practitioner.id });
    expect(await offersTo(p!.patientId)).toHaveLength(1);
    // The offered slot is the earliest new one in the window, and hidden from the public search.
    expect(await searchIds(clinic.id, 'dentist-therapist')).not.toContain(entry!.offer!.slotId);
  });
});

describe('a hold that runs out unbooked', () => {
  it('is told once, in the app and by push only; a hold followed by a booking is not', async () => {
    const [left, held, other] = await buildSlots(t.database.db, {
      specialtyCode: 'urologist',
      start: hours(30),
      count: 3,
    });
    const [walker, booker] = await patients(2);
    const hold = (p: TestPatient, slotId: string) => post(p.session, `/api/v1/slots/${slotId}/hold`);
    expect((await hold(walker!, left!.id)).statusCode).toBe(200);
    // The second patient held a time, then booked another one: nothing was lost.
    expect((await hold(booker!, held!.id)).statusCode).toBe(200);
    clock.set(minutesLater(1));
    expect((await book(t, booker!.session, { slotId: other!.id })).statusCode).toBe(201);

    clock.set(minutesLater(6));
    const notices = async () =>
      (await outboxRowsOf(t.database.db, 'hold_expired')).map((m) => ({
        channel: m.channel,
        to: m.recipient,
      }));
    for (let run = 0; run < 2; run++) {
      const report = await t.app.services.waitlist.sweep(null);
      expect(report.errors).toEqual([]);
    }
    expect((await notices()).sort((a, b) => a.channel.localeCompare(b.channel))).toEqual([
      { channel: 'in_app', to: walker!.accountId },
      { channel: 'push', to: walker!.accountId },
    ]);
    clock.set(NOW);
  });
});
