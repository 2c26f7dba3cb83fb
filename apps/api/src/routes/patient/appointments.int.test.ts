import { createHash, createHmac, randomUUID } from 'node:crypto';
import { loadConfig } from '@talon/config';
import { signTicketPayload, ticketPayloadExpiry } from '@talon/core/booking';
import { fixedClock } from '@talon/core/shared';
import { aadFor, createFieldCipher, schema } from '@talon/db';
import {
  appointmentRows,
  auditEntriesAbout,
  buildSlots,
  injectRescheduleFailure,
  leaveIdempotencyKeyInFlight,
  outboxRowsOf,
  patientRow,
  slotRow,
  slotStatuses,
  storedRows,
} from '@talon/testing';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../plugins/idempotency/idempotency-decision';
import {
  book,
  createChildOf,
  createPatients,
  createStaff,
  newKey,
  newSession,
} from '../../testing/booking-helpers';
import type { Session } from '../../testing/identity-helpers';
import { useTestApp } from '../../testing/test-app';

/** The life of an appointment through the API: idempotency, hold, cancel, reschedule, confirm, check-in. */
const NOW = new Date('2026-12-01T06:00:00Z');
const clock = fixedClock(NOW);
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);

const t = useTestApp({ clock, env: { RATE_LIMIT_BOOKING_PER_MINUTE: '10000' } });

const slotsOf = (specialtyCode: string, options: Parameters<typeof buildSlots>[1] = {}) =>
  buildSlots(t.database.db, { specialtyCode, start: hours(50), ...options });
const post = (session: Session, url: string, payload: unknown = {}) =>
  t.app.inject({ method: 'POST', url, headers: session.headers, payload: payload as object });
const get = (session: Session, url: string) => t.app.inject({ url, headers: session.headers });

describe('POST /api/v1/appointments', () => {
  it('answers the appointment: code, ticket number, slot in local time, clinic, room, practitioner; SMS queued', async () => {
    const [slot] = await slotsOf('ophthalmologist', {
      organization: { timeZone: 'Asia/Kamchatka', shortName: 'КП № 7' },
    });
    const [p] = await createPatients(t, 1, { now: NOW });
    const res = await book(t, p!.session, { slotId: slot!.id, reason: 'плохо вижу' });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ status: 'booked', patientId: p!.patientId, reason: 'плохо вижу' });
    expect(body.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(body.ticketNumber).toMatch(/^КП7-\d{8}-0001$/);
    expect(body.slot).toMatchObject({ id: slot!.id, timeZone: 'Asia/Kamchatka' });
    expect(body.slot.start).toMatch(/\+12:00$/);
    expect(body.organization.name).toBeTruthy();
    expect(body.practitioner.name).toMatch(/Тестов/);
    const messages = await outboxRowsOf(t.database.db, 'booking_confirmed');
    expect(messages.some((m) => m.dedupeKey.includes(body.id))).toBe(true);
    const [row] = await appointmentRows(t.database.db, { ids: [body.id] });
    expect(row!.reasonEncrypted).not.toContain('плохо');
  });

  it("a video visit's confirmation and ticket carry the room's link instead of the clinic's address", async () => {
    const [slot] = await slotsOf('ophthalmologist', {
      organization: { address: 'г. Тверь, ул. Видная, д. 3' },
      slot: { visitType: 'video' },
    });
    const [p] = await createPatients(t, 1, { now: NOW });
    const res = await book(t, p!.session, { slotId: slot!.id });
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json();
    expect(res.json().visitType).toBe('video');
    const cipher = createFieldCipher(loadConfig({ NODE_ENV: 'test' }).secrets);
    const rows = (await outboxRowsOf(t.database.db, 'booking_confirmed')).filter((m) =>
      m.dedupeKey.includes(id),
    );
    expect(rows.map((row) => row.channel)).toContain('sms');
    for (const row of rows) {
      const payload = JSON.parse(
        cipher.decrypt(row.payloadEncrypted, aadFor(schema.notificationOutbox.payloadEncrypted, row.id)),
      ) as Record<string, string>;
      expect(payload.roomLink).toBe(`/visit/${id}`);
      expect(payload).not.toHaveProperty('address');
      expect(payload).not.toHaveProperty('room');
      expect(JSON.stringify(payload)).not.toContain('Видная');
    }
    const ics = await get(p!.session, `/api/v1/appointments/${id}/ticket.ics`);
    expect(ics.statusCode, ics.body).toBe(200);
    const unfolded = ics.body.replaceAll('\r\n ', '');
    expect(unfolded).toMatch(new RegExp(`\r\nURL:https?://[^\r]+/visit/${id}\r\n`));
    expect(unfolded).not.toContain('Видная');
  });

  it('Idempotency-Key: a replay returns the first answer, another body 422, concurrent duplicates one booking', async () => {
    const slots = await slotsOf('otolaryngologist', { count: 3 });
    const [p] = await createPatients(t, 1, { now: NOW });
    const key = newKey();
    const first = await book(t, p!.session, { slotId: slots[0]!.id }, key);
    expect(first.statusCode).toBe(201);
    const replay = await book(t, p!.session, { slotId: slots[0]!.id }, key);
    expect(replay.statusCode).toBe(201);
    expect(replay.json()).toEqual(first.json());
    expect(replay.headers['idempotent-replayed']).toBe('true');
    // Without the key, the same patient and slot also get the first result, never a second appointment.
    const resubmit = await book(t, p!.session, { slotId: slots[0]!.id });
    expect(resubmit.statusCode).toBe(201);
    expect(resubmit.json().id).toBe(first.json().id);
    const changed = await book(t, p!.session, { slotId: slots[1]!.id }, key);
    expect(changed.statusCode).toBe(422);
    expect(changed.json().code).toBe('IDEMPOTENCY_KEY_MISMATCH');
    // A refusal found before anything is written claims no key (issue 16 item 2: no write on the hot-slot
    // path); the same key simply asks again and, the slot still taken, gets the same refusal.
    const [other] = await createPatients(t, 1, { now: NOW });
    const refusedKey = newKey();
    const refused = await book(t, other!.session, { slotId: slots[0]!.id }, refusedKey);
    expect(refused.statusCode).toBe(409);
    expect(await storedRows(t.database.db, 'idempotency_keys', { column: 'key', value: refusedKey })).toEqual(
      [],
    );
    const refusedAgain = await book(t, other!.session, { slotId: slots[0]!.id }, refusedKey);
    expect(refusedAgain.statusCode).toBe(409);
    expect(refusedAgain.json().code).toBe('SLOT_TAKEN');
    expect(refusedAgain.headers['idempotent-replayed']).toBeUndefined();
    // Keys are per account: another account's same key is a new request.
    const [third] = await createPatients(t, 1, { now: NOW });
    expect((await book(t, third!.session, { slotId: slots[2]!.id }, key)).statusCode).toBe(201);

    const [racer] = await createPatients(t, 1, { now: NOW });
    const [free] = await slotsOf('urologist');
    const raceKey = newKey();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => book(t, racer!.session, { slotId: free!.id }, raceKey)),
    );
    const codes = answers.map((r) => r.statusCode);
    expect(codes.every((c) => c === 201 || c === 409)).toBe(true);
    const created = new Set(answers.filter((r) => r.statusCode === 201).map((r) => r.json().id));
    expect(created.size).toBe(1);
    for (const r of answers.filter((x) => x.statusCode === 409)) {
      expect(r.json().code).toBe('IDEMPOTENCY_KEY_IN_FLIGHT');
    }
    const rows = await appointmentRows(t.database.db, { slotId: free!.id });
    expect(rows).toHaveLength(1);
  });

  it('Idempotency-Key in flight answers 409 with Retry-After; the same key with another body 422', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    const [slot] = await slotsOf('surgeon');
    const key = newKey();
    const body = { slotId: slot!.id };
    // The first request is still running: its key is claimed with this request's fingerprint.
    await t.database.db.insert(schema.idempotencyKeys).values({
      accountId: p!.accountId,
      key,
      fingerprint: createHash('sha256')
        .update(`POST /api/v1/appointments ${canonicalJson({})} ${canonicalJson(body)}`)
        .digest('hex'),
      state: 'in_flight',
      createdAt: NOW,
      expiresAt: hours(24),
    });
    const duplicate = await book(t, p!.session, body, key);
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe('IDEMPOTENCY_KEY_IN_FLIGHT');
    expect(duplicate.headers['retry-after']).toBe('1');
    expect((await book(t, p!.session, { slotId: randomUUID() }, key)).statusCode).toBe(422);
    const rows = await appointmentRows(t.database.db, { slotId: slot!.id });
    expect(rows).toHaveLength(0);
  });

  it('a key left in flight by a killed process is taken over after a minute: the retry meets its appointment', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    const [slot] = await slotsOf('urologist');
    const key = newKey();
    const first = await book(t, p!.session, { slotId: slot!.id }, key);
    expect(first.statusCode, first.body).toBe(201);
    // The process died after the commit, before it stored the answer: the key stays `in_flight`.
    const leftInFlight = (claimedAt: Date) => leaveIdempotencyKeyInFlight(t.database.db, key, claimedAt);
    await leftInFlight(new Date(NOW.getTime() - 30_000));
    expect((await book(t, p!.session, { slotId: slot!.id }, key)).json().code).toBe(
      'IDEMPOTENCY_KEY_IN_FLIGHT',
    );
    // A minute on, no request can still be running: the retry runs and gets the appointment, not a second one.
    await leftInFlight(new Date(NOW.getTime() - 61_000));
    const retry = await book(t, p!.session, { slotId: slot!.id }, key);
    expect(retry.statusCode, retry.body).toBe(201);
    expect(retry.json().id).toBe(first.json().id);
    expect(await appointmentRows(t.database.db, { slotId: slot!.id })).toHaveLength(1);
    // Every further repeat meets the same appointment.
    const again = await book(t, p!.session, { slotId: slot!.id }, key);
    expect([again.statusCode, again.json().id]).toEqual([201, first.json().id]);
    expect(await appointmentRows(t.database.db, { slotId: slot!.id })).toHaveLength(1);
  });
});

describe('POST /api/v1/slots/{id}/hold', () => {
  it('holds for 5 minutes, one hold per patient; others cannot book it until it expires; the holder can', async () => {
    const slots = await slotsOf('ophthalmologist', { count: 3 });
    const [holder, other] = await createPatients(t, 2, { now: NOW });
    const held = await post(holder!.session, `/api/v1/slots/${slots[0]!.id}/hold`);
    expect(held.statusCode, held.body).toBe(200);
    expect(new Date(held.json().heldUntil).getTime()).toBe(NOW.getTime() + 5 * 60_000);
    const blocked = await book(t, other!.session, { slotId: slots[0]!.id });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().code).toBe('SLOT_TAKEN');
    expect((await post(other!.session, `/api/v1/slots/${slots[0]!.id}/hold`)).statusCode).toBe(409);
    // A client may send no body at all (no Content-Type either).
    const [third] = await createPatients(t, 1, { now: NOW });
    const bare = await t.app.inject({
      method: 'POST',
      url: `/api/v1/slots/${slots[2]!.id}/hold`,
      headers: third!.session.headers,
    });
    expect(bare.statusCode, bare.body).toBe(200);
    // A second hold releases the first.
    expect((await post(holder!.session, `/api/v1/slots/${slots[1]!.id}/hold`)).statusCode).toBe(200);
    expect((await slotRow(t.database.db, slots[0]!.id))!.heldByPatientId).toBeNull();
    // The holder books the held slot; after expiry anyone could have.
    expect((await book(t, holder!.session, { slotId: slots[1]!.id })).statusCode).toBe(201);
    const [s2] = await slotsOf('otolaryngologist');
    expect((await post(holder!.session, `/api/v1/slots/${s2!.id}/hold`)).statusCode).toBe(200);
    clock.set(new Date(NOW.getTime() + 6 * 60_000));
    try {
      const session = await newSession(t, other!.accountId, clock.now());
      expect((await book(t, session, { slotId: s2!.id })).statusCode).toBe(201);
    } finally {
      clock.set(NOW);
    }
  });
});

describe('cancel and reschedule', () => {
  it('cancels freely before 24 h, needs a reason inside them; the slot is free at once', async () => {
    const [far] = await slotsOf('dentist-surgeon', { start: hours(30) });
    const [near] = await slotsOf('surgeon', { start: hours(10) });
    const [p, q] = await createPatients(t, 2, { now: NOW });
    const a = (await book(t, p!.session, { slotId: far!.id })).json();
    const b = (await book(t, p!.session, { slotId: near!.id })).json();
    const cancelled = await post(p!.session, `/api/v1/appointments/${a.id}/cancel`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().status).toBe('cancelled_by_patient');
    expect((await book(t, q!.session, { slotId: far!.id })).statusCode).toBe(201);
    const noReason = await post(p!.session, `/api/v1/appointments/${b.id}/cancel`, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({ code: 'CANCELLATION_REASON_REQUIRED' });
    expect(noReason.json().errors[0].field).toBe('body.reason');
    const withReason = await post(p!.session, `/api/v1/appointments/${b.id}/cancel`, {
      reason: 'заболел ребёнок',
    });
    expect(withReason.statusCode).toBe(200);
    expect(withReason.json().cancellationReason).toBe('заболел ребёнок');
    expect(
      (await post(p!.session, `/api/v1/appointments/${b.id}/cancel`, { reason: 'ещё раз' })).statusCode,
    ).toBe(409);
    // The moved clock: 7 hours later the far visit's window has started too.
    const [later] = await slotsOf('dentist-surgeon', { start: hours(30.5) });
    const c = (await book(t, p!.session, { slotId: later!.id })).json();
    clock.set(hours(7));
    try {
      const session = await newSession(t, p!.accountId, clock.now());
      expect((await post(session, `/api/v1/appointments/${c.id}/cancel`)).json().code).toBe(
        'CANCELLATION_REASON_REQUIRED',
      );
    } finally {
      clock.set(NOW);
    }
  });

  it('reschedules atomically within 30 days and the same specialty; another patient cannot', async () => {
    const slots = await slotsOf('ophthalmologist', { count: 2 });
    const [far] = await slotsOf('ophthalmologist', { start: hours(50 + 31 * 24) });
    const [other] = await slotsOf('surgeon');
    const [p, stranger] = await createPatients(t, 2, { now: NOW });
    const original = (await book(t, p!.session, { slotId: slots[0]!.id })).json();
    expect(
      (await post(p!.session, `/api/v1/appointments/${original.id}/reschedule`, { slotId: far!.id })).json()
        .code,
    ).toBe('RESCHEDULE_WINDOW');
    expect(
      (await post(p!.session, `/api/v1/appointments/${original.id}/reschedule`, { slotId: other!.id })).json()
        .code,
    ).toBe('RESCHEDULE_OTHER_SPECIALTY');
    expect(
      (
        await post(stranger!.session, `/api/v1/appointments/${original.id}/reschedule`, {
          slotId: slots[1]!.id,
        })
      ).statusCode,
    ).toBe(404);
    const moved = await post(p!.session, `/api/v1/appointments/${original.id}/reschedule`, {
      slotId: slots[1]!.id,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ status: 'booked', slot: { id: slots[1]!.id } });
    const old = await get(p!.session, `/api/v1/appointments/${original.id}`);
    expect(old.json()).toMatchObject({ status: 'rescheduled', rescheduledToId: moved.json().id });
    expect(await slotStatuses(t.database.db, [slots[0]!.id, slots[1]!.id])).toEqual({
      [slots[0]!.id]: 'free',
      [slots[1]!.id]: 'booked',
    });
  });

  it('a failure between the two halves of a reschedule leaves the original appointment intact', async () => {
    const slots = await slotsOf('urologist', { count: 2, start: hours(60) });
    const [p] = await createPatients(t, 1, { now: NOW });
    const original = (await book(t, p!.session, { slotId: slots[0]!.id })).json();
    // The injected failure: the database refuses the second half (the old appointment becoming
    // `rescheduled`) after the first half (the new slot claimed, the new appointment inserted) ran.
    const db = t.database.db;
    const removeFailure = await injectRescheduleFailure(db);
    try {
      const res = await post(p!.session, `/api/v1/appointments/${original.id}/reschedule`, {
        slotId: slots[1]!.id,
      });
      expect(res.statusCode).toBe(500);
    } finally {
      await removeFailure();
    }
    const rows = await appointmentRows(db, { patientId: p!.patientId });
    expect(rows.map((r) => [r.id, r.status])).toEqual([[original.id, 'booked']]);
    expect(await slotStatuses(t.database.db, [slots[0]!.id, slots[1]!.id])).toEqual({
      [slots[0]!.id]: 'booked',
      [slots[1]!.id]: 'free',
    });
    // And with the failure gone the same reschedule succeeds.
    expect(
      (await post(p!.session, `/api/v1/appointments/${original.id}/reschedule`, { slotId: slots[1]!.id }))
        .statusCode,
    ).toBe(200);
  });
});

describe('list, read, confirm, check-in and outcome', () => {
  it('lists mine and my wards’, filters by status and period; another patient’s appointment is 404', async () => {
    const [parent, stranger] = await createPatients(t, 2, { now: NOW });
    const child = await createChildOf(t, parent!, NOW);
    const slots = await slotsOf('pediatric-dentist', { count: 1 });
    const [mine] = await slotsOf('dentist-therapist', { start: hours(80) });
    const forChild = (
      await book(t, parent!.session, { slotId: slots[0]!.id, patientId: child.patientId })
    ).json();
    const own = (await book(t, parent!.session, { slotId: mine!.id })).json();
    const list = await get(parent!.session, '/api/v1/appointments');
    expect(list.statusCode, list.body).toBe(200);
    expect(
      list
        .json()
        .items.map((a: { id: string }) => a.id)
        .sort(),
    ).toEqual([forChild.id, own.id].sort());
    expect(list.json().total).toBe(2);
    const period = await get(
      parent!.session,
      `/api/v1/appointments?from=${encodeURIComponent(hours(70).toISOString())}&status=booked`,
    );
    expect(period.json().items.map((a: { id: string }) => a.id)).toEqual([own.id]);
    const childOnly = await get(parent!.session, `/api/v1/appointments?patientId=${child.patientId}`);
    expect(childOnly.json().items.map((a: { id: string }) => a.id)).toEqual([forChild.id]);
    expect((await get(stranger!.session, `/api/v1/appointments/${own.id}`)).statusCode).toBe(404);
    expect(
      (await get(stranger!.session, `/api/v1/appointments?patientId=${parent!.patientId}`)).statusCode,
    ).toBe(404);
    expect((await get(stranger!.session, '/api/v1/appointments')).json().items).toEqual([]);
    expect((await get(parent!.session, '/api/v1/appointments?status=nope')).statusCode).toBe(400);
    expect((await get(parent!.session, `/api/v1/appointments/${randomUUID()}`)).statusCode).toBe(404);
  });

  it('confirm → check-in with the signed QR payload (staff of that clinic) → fulfilled by its practitioner', async () => {
    const [slot] = await slotsOf('ophthalmologist', { start: hours(2) });
    const [p] = await createPatients(t, 1, { now: NOW });
    const appointment = (await book(t, p!.session, { slotId: slot!.id })).json();
    expect((await post(p!.session, `/api/v1/appointments/${appointment.id}/confirm`)).json().status).toBe(
      'confirmed',
    );
    expect((await post(p!.session, `/api/v1/appointments/${appointment.id}/confirm`)).statusCode).toBe(409);

    const key = createHmac('sha256', loadConfig({ NODE_ENV: 'test' }).secrets.lookupKey)
      .update('talon/ticket-payload')
      .digest();
    const payload = signTicketPayload(appointment.id, ticketPayloadExpiry(slot!.startsAt), key);
    const desk = await createStaff(t, 'registrar', slot!.organizationId, { now: NOW });
    const elsewhere = await createStaff(t, 'registrar', (await slotsOf('surgeon'))[0]!.organizationId, {
      now: NOW,
    });
    expect(
      (await post(desk.session, '/api/v1/checkin', { payload: `${appointment.id}.forged` })).json().code,
    ).toBe('TICKET_INVALID');
    expect((await post(elsewhere.session, '/api/v1/checkin', { payload })).statusCode).toBe(404);
    const [later] = await slotsOf('otolaryngologist', { start: hours(30) });
    const tomorrow = (await book(t, p!.session, { slotId: later!.id })).json();
    const early = await post(desk.session, '/api/v1/checkin', {
      payload: signTicketPayload(tomorrow.id, ticketPayloadExpiry(later!.startsAt), key),
    });
    expect(early.statusCode).toBe(404); // another clinic's visit: the desk learns nothing
    const laterDesk = await createStaff(t, 'registrar', later!.organizationId, { now: NOW });
    const notToday = await post(laterDesk.session, '/api/v1/checkin', {
      payload: signTicketPayload(tomorrow.id, ticketPayloadExpiry(later!.startsAt), key),
    });
    expect(notToday.json().code).toBe('CHECK_IN_NOT_TODAY');
    const arrived = await post(desk.session, '/api/v1/checkin', { payload });
    expect(arrived.statusCode, arrived.body).toBe(200);
    expect(arrived.json().status).toBe('arrived');
    expect((await post(desk.session, '/api/v1/checkin', { payload })).statusCode).toBe(409);

    const otherDoctor = await createStaff(t, 'doctor', slot!.organizationId, {
      now: NOW,
      practitionerId: undefined,
    });
    expect(
      (await post(otherDoctor.session, `/api/v1/appointments/${appointment.id}/fulfil`)).statusCode,
    ).toBe(404);
    const doctor = await createStaff(t, 'doctor', slot!.organizationId, {
      now: NOW,
      practitionerId: slot!.practitionerId,
    });
    const seen = await get(doctor.session, `/api/v1/appointments/${appointment.id}`);
    expect(seen.statusCode).toBe(200);
    const fulfilled = await post(doctor.session, `/api/v1/appointments/${appointment.id}/fulfil`);
    expect(fulfilled.statusCode, fulfilled.body).toBe(200);
    expect(fulfilled.json().status).toBe('fulfilled');
  });

  it("checks in by the ticket's code typed at the desk (issue 13), the same clinic and day rules", async () => {
    const [slot] = await slotsOf('ophthalmologist', { start: hours(3) });
    const [p] = await createPatients(t, 1, { now: NOW });
    const appointment = (await book(t, p!.session, { slotId: slot!.id })).json();
    const desk = await createStaff(t, 'registrar', slot!.organizationId, { now: NOW });
    const elsewhere = await createStaff(t, 'registrar', (await slotsOf('surgeon'))[0]!.organizationId, {
      now: NOW,
    });
    const typed = appointment.code.toLowerCase().replace('-', ' ');
    expect((await post(desk.session, '/api/v1/checkin', { code: 'K7QX-M2P' })).json()).toMatchObject({
      code: 'TICKET_CODE_INVALID',
      errors: [{ field: 'body.code' }],
    });
    expect((await post(desk.session, '/api/v1/checkin', {})).json().code).toBe('TICKET_CODE_INVALID');
    expect((await post(elsewhere.session, '/api/v1/checkin', { code: typed })).statusCode).toBe(404);
    const arrived = await post(desk.session, '/api/v1/checkin', { code: typed });
    expect(arrived.statusCode, arrived.body).toBe(200);
    expect(arrived.json().status).toBe('arrived');
  });

  it('a no-show is marked after the start only, and counts for the patient', async () => {
    const [slot] = await slotsOf('otolaryngologist', { start: hours(3) });
    const [p] = await createPatients(t, 1, { now: NOW });
    const appointment = (await book(t, p!.session, { slotId: slot!.id })).json();
    const doctor = await createStaff(t, 'doctor', slot!.organizationId, {
      now: NOW,
      practitionerId: slot!.practitionerId,
    });
    expect((await post(doctor.session, `/api/v1/appointments/${appointment.id}/noshow`)).statusCode).toBe(
      409,
    );
    clock.set(hours(4));
    try {
      const session = await newSession(t, doctor.accountId, clock.now());
      const res = await post(session, `/api/v1/appointments/${appointment.id}/noshow`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().status).toBe('noshow');
    } finally {
      clock.set(NOW);
    }
    expect((await patientRow(t.database.db, p!.patientId))!.noShowCount).toBe(1);
    const audit = await auditEntriesAbout(t.database.db, p!.patientId);
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining(['appointment.book', 'appointment.status']),
    );
  });
});
