import { loadConfig } from '@talon/config';
import { fixedClock } from '@talon/core/shared';
import { aadFor, createFieldCipher, createPushSubscriptionRepository, schema } from '@talon/db';
import { buildSlots, outboxRowsTo, plannedReminders, setAccountContacts } from '@talon/testing';
import { createJsonLogger, createReminderRecheck, sweepRemindersJob } from '@talon/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { book, createPatients, type TestPatient } from '../../testing/booking-helpers';
import { browserKeys } from '../../testing/delivery-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

/**
 * Reminders end to end on a real database (issue 5, items 2, 4, 6): the sweep with a moved clock across time
 * zones and quiet hours, reschedule and cancel effects, the signed links of the email, preferences.
 */
const NOW = new Date('2026-12-01T06:00:00Z');
const appClock = fixedClock(NOW);
const sweepClock = fixedClock(NOW);
const config = loadConfig({ NODE_ENV: 'test' });
const cipher = createFieldCipher(config.secrets);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: appClock, env: { RATE_LIMIT_BOOKING_PER_MINUTE: '10000' } });
});
afterAll(() => t?.close());

// Wired as the worker wires it: push reminders only for accounts with a subscribed browser.
const sweepAt = (at: string) => {
  sweepClock.set(at);
  const subscriptions = createPushSubscriptionRepository(t.database.db, cipher);
  return sweepRemindersJob({
    db: t.database.db,
    cipher,
    config,
    clock: sweepClock,
    logger: createJsonLogger('silent'),
    pushSubscribers: (accountIds) => subscriptions.subscribedAccounts(accountIds),
  });
};

/** The planned reminders of a visit with their outbox rows (decrypted payload). */
async function remindersOf(appointmentId: string) {
  const rows = await plannedReminders(t.database.db, appointmentId);
  return Object.fromEntries(
    rows.map((r) => [
      r.kind,
      {
        ...r,
        payload: r.payloadEncrypted
          ? (JSON.parse(
              cipher.decrypt(
                r.payloadEncrypted,
                aadFor(schema.notificationOutbox.payloadEncrypted, r.outboxId ?? ''),
              ),
            ) as Record<string, string>)
          : null,
      },
    ]),
  );
}

async function bookIn(
  timeZone: string,
  start: string,
  patient?: TestPatient,
  specialtyCode = 'ophthalmologist',
) {
  const [slot] = await buildSlots(t.database.db, {
    specialtyCode,
    start: new Date(start),
    organization: { timeZone },
  });
  const p = patient ?? (await createPatients(t, 1, { now: NOW }))[0]!;
  await setAccountContacts(t.database.db, p.accountId, { email: `p-${p.accountId.slice(0, 8)}@example.ru` });
  const res = await book(t, p.session, { slotId: slot!.id });
  expect(res.statusCode, res.body).toBe(201);
  return { patient: p, appointmentId: res.json().id as string };
}

describe('the reminder sweep', () => {
  it('plans email 72 h before and SMS the day before, moved out of quiet hours in Kaliningrad and Kamchatka', async () => {
    // 07:00 in Kaliningrad (UTC+2) on 4 Dec; 07:30 in Kamchatka (UTC+12) on 5 Dec.
    const kal = await bookIn('Europe/Kaliningrad', '2026-12-04T05:00:00Z');
    const kam = await bookIn('Asia/Kamchatka', '2026-12-04T19:30:00Z');
    await sweepAt('2026-12-01T05:00:00Z');
    let reminders = await remindersOf(kal.appointmentId);
    expect(reminders.email_3d).toMatchObject({ channel: 'email', status: 'pending' });
    expect(reminders.email_3d!.notBefore!.toISOString()).toBe('2026-12-01T05:00:00.000Z');
    expect(reminders.email_3d!.payload).toMatchObject({ at: '04.12.2026 в 07:00', zone: 'МСК−1' });
    expect(reminders.sms_1d).toBeUndefined();
    await sweepAt('2026-12-02T06:00:00Z');
    reminders = await remindersOf(kal.appointmentId);
    // 24 h before is 07:00 local — quiet until 08:00 local = 06:00 UTC on 3 Dec.
    expect(reminders.sms_1d!.notBefore!.toISOString()).toBe('2026-12-03T06:00:00.000Z');
    // The Kamchatka visit enters the SMS window (48 h ahead, for a chosen time of day) a run later.
    expect((await remindersOf(kam.appointmentId)).sms_1d).toBeUndefined();
    await sweepAt('2026-12-03T06:00:00Z');
    const kamchatka = await remindersOf(kam.appointmentId);
    // 07:30 local on 4 Dec is quiet → 08:00 local = 20:00 UTC on 3 Dec.
    expect(kamchatka.sms_1d!.notBefore!.toISOString()).toBe('2026-12-03T20:00:00.000Z');
    expect(kamchatka.sms_1d!.payload).toMatchObject({ zone: 'МСК+9' });
    // No browser of this patient is subscribed to push: no push reminder.
    expect(kamchatka.push_2h).toBeUndefined();
    // A second run plans nothing twice.
    const again = await sweepAt('2026-12-02T06:01:00Z');
    expect(again.sms_1d.queued).toBe(0);
  });

  it('plans the push 2 hours before for a patient with a subscribed browser', async () => {
    const visit = await bookIn('Europe/Moscow', '2026-12-02T09:00:00Z');
    const subscribed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/push-subscriptions',
      headers: visit.patient.session.headers,
      payload: { endpoint: 'https://push.example.ru/send/1', keys: browserKeys() },
    });
    expect(subscribed.statusCode, subscribed.body).toBe(201);
    await sweepAt('2026-12-02T07:00:00Z');
    const reminders = await remindersOf(visit.appointmentId);
    expect(reminders.push_2h).toMatchObject({ channel: 'push', status: 'pending' });
    expect(reminders.push_2h!.notBefore!.toISOString()).toBe('2026-12-02T07:00:00.000Z');
  });

  it('drops pending reminders on cancel and recomputes them for the new visit on reschedule', async () => {
    const moved = await bookIn('Europe/Moscow', '2026-12-05T07:00:00Z', undefined, 'surgeon');
    const cancelled = await bookIn('Europe/Moscow', '2026-12-05T07:00:00Z', undefined, 'otolaryngologist');
    await sweepAt('2026-12-02T07:00:00Z');
    expect((await remindersOf(moved.appointmentId)).email_3d!.status).toBe('pending');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/appointments/${cancelled.appointmentId}/cancel`,
      headers: cancelled.patient.session.headers,
      payload: {},
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await remindersOf(cancelled.appointmentId)).email_3d!.status).toBe('cancelled');

    const [next] = await buildSlots(t.database.db, {
      specialtyCode: 'surgeon',
      start: new Date('2026-12-06T08:00:00Z'),
      organization: { timeZone: 'Europe/Moscow' },
    });
    const rescheduled = await t.app.inject({
      method: 'POST',
      url: `/api/v1/appointments/${moved.appointmentId}/reschedule`,
      headers: moved.patient.session.headers,
      payload: { slotId: next!.id },
    });
    expect(rescheduled.statusCode, rescheduled.body).toBe(200);
    expect((await remindersOf(moved.appointmentId)).email_3d!.status).toBe('cancelled');
    await sweepAt('2026-12-03T08:00:00Z');
    const fresh = await remindersOf(rescheduled.json().id);
    expect(fresh.email_3d!.notBefore!.toISOString()).toBe('2026-12-03T08:00:00.000Z');
    expect(fresh.email_3d!.payload).toMatchObject({ at: '06.12.2026 в 11:00' });
  });

  it('at send time a reminder of a visit no longer upcoming is not due', async () => {
    const visit = await bookIn('Europe/Moscow', '2026-12-05T09:00:00Z', undefined, 'dentist-surgeon');
    const recheck = createReminderRecheck(t.database.db, cipher);
    const message = { event: 'reminder.sms_1d', payload: { appointmentId: visit.appointmentId } };
    expect(await recheck.isStillDue(message as never, new Date('2026-12-05T08:00:00Z'))).toBe(true);
    expect(await recheck.isStillDue(message as never, new Date('2026-12-05T09:00:00Z'))).toBe(false);
  });
});

describe('signed appointment links', () => {
  let links: Record<string, string>;
  let appointmentId: string;
  beforeAll(async () => {
    const visit = await bookIn('Europe/Kaliningrad', '2026-12-05T08:00:00Z', undefined, 'dentist-therapist');
    appointmentId = visit.appointmentId;
    await sweepAt('2026-12-02T08:00:00Z');
    const payload = (await remindersOf(appointmentId)).email_3d!.payload!;
    const token = (url: string) => url.slice(url.lastIndexOf('/') + 1);
    expect(payload.confirmUrl).toMatch(/^http:\/\/localhost:3000\/appointment-links\//);
    links = {
      confirm: token(payload.confirmUrl!),
      cancel: token(payload.cancelUrl!),
      change: token(payload.changeUrl!),
    };
  });
  const get = (token: string) => t.app.inject({ url: `/api/v1/appointment-links/${token}` });
  const post = (token: string) =>
    t.app.inject({ method: 'POST', url: `/api/v1/appointment-links/${token}`, payload: {} });

  it('describes, then confirms once without logging in; a reused link is refused', async () => {
    const described = await get(links.confirm!);
    expect(described.statusCode, described.body).toBe(200);
    expect(described.json()).toMatchObject({
      action: 'confirm',
      appointment: { status: 'booked', zone: 'МСК−1' },
    });
    const used = await post(links.confirm!);
    expect(used.statusCode, used.body).toBe(200);
    expect(used.json().appointment.status).toBe('confirmed');
    const reused = await post(links.confirm!);
    expect(reused.statusCode).toBe(409);
    expect(reused.headers['content-type']).toMatch(/problem\+json/);
    expect(reused.json()).toMatchObject({ code: 'APPOINTMENT_LINK_USED' });
    expect(reused.json().detail).toMatch(/уже использована/);
  });

  it('refuses a tampered link and answers change with where to go', async () => {
    const tampered = await post(`${links.cancel!.slice(0, -3)}abc`);
    expect(tampered.statusCode).toBe(400);
    expect(tampered.json().code).toBe('APPOINTMENT_LINK_INVALID');
    const change = await post(links.change!);
    expect(change.json()).toMatchObject({ action: 'change', redirectTo: `/appointments/${appointmentId}` });
  });

  it('cancels with the cancel link, and refuses expired links after the visit', async () => {
    // A reason the database cannot store is refused with its field and leaves the link usable.
    const control = await t.app.inject({
      method: 'POST',
      url: `/api/v1/appointment-links/${links.cancel!}`,
      payload: { reason: 'болит\u0000зуб' },
    });
    expect(control.statusCode, control.body).toBe(400);
    expect(control.json().errors[0].field).toBe('body.reason');
    expect(control.json().detail).toMatch(/[а-я]/);
    const cancelled = await post(links.cancel!);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().appointment.status).toBe('cancelled_by_patient');
    appClock.set('2026-12-05T08:00:00Z');
    try {
      const expired = await get(links.change!);
      expect(expired.statusCode).toBe(410);
      expect(expired.json().code).toBe('APPOINTMENT_LINK_EXPIRED');
    } finally {
      appClock.set(NOW);
    }
  });
});

describe('GET/PUT /api/v1/me/notification-preferences', () => {
  it('answers the defaults, refuses a bad time, saves a choice the sweep then follows', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    const phone = `+7917${String(Date.now()).slice(-7)}`;
    await setAccountContacts(t.database.db, p!.accountId, { phone });
    const url = '/api/v1/me/notification-preferences';
    const initial = await t.app.inject({ url, headers: p!.session.headers });
    expect(initial.statusCode, initial.body).toBe(200);
    expect(initial.json()).toMatchObject({
      channels: { sms: true, email: true, push: true, in_app: true },
      quietHours: { start: '22:00', end: '08:00' },
      effectiveTimeZone: 'Europe/Moscow',
      securityAlwaysOn: true,
    });
    const choice = {
      channels: { sms: false, email: true, push: true, in_app: true },
      quietHours: { start: '23:00', end: '07:00' },
      reminderTime: '19:00',
      timeZone: 'Asia/Kamchatka',
    };
    const bad = await t.app.inject({
      method: 'PUT',
      url,
      headers: p!.session.headers,
      payload: { ...choice, timeZone: 'Mars/Olympus' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('PREFERENCES_INVALID');
    const saved = await t.app.inject({ method: 'PUT', url, headers: p!.session.headers, payload: choice });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ ...choice, effectiveTimeZone: 'Asia/Kamchatka' });

    const visit = await bookIn('Europe/Moscow', '2026-12-05T10:00:00Z', p, 'urologist');
    const confirmations = (
      await outboxRowsTo(t.database.db, `p-${p!.accountId.slice(0, 8)}@example.ru`)
    ).filter((row) => row.event === 'booking.confirmed');
    expect(confirmations).toHaveLength(1);
    const sms = await outboxRowsTo(t.database.db, phone);
    expect(sms.filter((row) => row.dedupeKey.includes(visit.appointmentId))).toEqual([]);
    await sweepAt('2026-12-04T06:00:00Z');
    const reminders = await remindersOf(visit.appointmentId);
    expect(reminders.sms_1d).toMatchObject({ outboxId: null });
  });

  it('security messages go out even with every channel switched off', async () => {
    const [p] = await createPatients(t, 1, { now: NOW });
    const phone = `+7916${String(Date.now()).slice(-7)}`;
    await setAccountContacts(t.database.db, p!.accountId, { phone });
    const off = { sms: false, email: false, push: false, in_app: false };
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/notification-preferences',
      headers: p!.session.headers,
      payload: {
        channels: off,
        quietHours: { start: '22:00', end: '08:00' },
        reminderTime: null,
        timeZone: null,
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { login: phone },
    });
    expect(reset.statusCode, reset.body).toBe(202);
    const rows = await outboxRowsTo(t.database.db, phone);
    expect(rows.map((r) => r.template)).toContain('password_reset_code');
  });
});
