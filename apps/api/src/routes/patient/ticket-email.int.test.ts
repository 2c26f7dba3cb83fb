import { createHmac } from 'node:crypto';
import { loadConfig } from '@talon/config';
import { signTicketPayload, ticketPayloadExpiry } from '@talon/core/booking';
import { renderMessage } from '@talon/core/messaging';
import { fixedClock } from '@talon/core/shared';
import { aadFor, createFieldCipher, schema } from '@talon/db';
import {
  buildAppointment,
  buildOrganization,
  buildPractitioner,
  buildSlots,
  outboxRowsOf,
  setAccountContacts,
} from '@talon/testing';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPatients, newSession, type TestPatient } from '../../testing/booking-helpers';
import type { Session } from '../../testing/identity-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

const clock = fixedClock('2026-11-30T06:00:00Z');
const config = loadConfig({ NODE_ENV: 'test' });
const cipher = createFieldCipher(config.secrets);
let t: TestApp;
let owner: TestPatient;
let stranger: TestPatient;
let appointment: { id: string; code: string; ticketNumber: string };
/** 2 December, 10:00 in Moscow. */
const VISIT_START = new Date('2026-12-02T07:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock });
  const db = t.database.db;
  const people = await createPatients(t, 2, { now: clock.now(), patient: { surname: 'Скрытова' } });
  owner = people[0]!;
  stranger = people[1]!;
  const clinic = await buildOrganization(db, {
    name: 'Поликлиника № 7 на Садовой',
    address: 'г. Москва, ул. Садовая, д. 7',
  });
  const doctor = await buildPractitioner(db, { organizationId: clinic.id, surname: 'Зайцев', name: 'Павел' });
  const role = (await t.app.inject(`/api/v1/practitioners/${doctor.id}`)).json().roles[0].id;
  const [slot] = await buildSlots(db, { practitionerRoleId: role, start: VISIT_START });
  appointment = await buildAppointment(db, { patientId: owner!.patientId, slotId: slot!.id });
});
afterAll(() => t?.close());

const get = (url: string, session?: Session) => t.app.inject({ url, headers: session?.headers ?? {} });
const send = (session: Session, payload?: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/appointments/${appointment.id}/ticket/email`,
    headers: session.headers,
    ...(payload ? { payload } : {}),
  });

/** True when every element opened is closed in order: enough to tell a well-formed SVG document. */
function isWellFormed(xml: string): boolean {
  const stack: string[] = [];
  for (const [, closing, name, selfClosing] of xml.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (!closing) stack.push(name!);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

describe('GET /api/v1/appointments/{id}/ticket-qr.svg', () => {
  it("is an SVG of the ticket's signed payload, cacheable privately for offline use", async () => {
    const res = await get(`/api/v1/appointments/${appointment.id}/ticket-qr.svg`, owner.session);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(res.headers['cache-control']).toMatch(/^private, max-age=\d+$/);
    expect(res.body).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(isWellFormed(res.body)).toBe(true);
    expect(res.body).toContain(`<title>QR-код талона ${appointment.code}</title>`);
    // The same modules as a QR code of the payload the PDF carries.
    const key = createHmac('sha256', config.secrets.lookupKey).update('talon/ticket-payload').digest();
    const expected = await QRCode.toString(
      signTicketPayload(appointment.id, ticketPayloadExpiry(VISIT_START), key),
      {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 2,
      },
    );
    const paths = (svg: string) => [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]);
    expect(paths(res.body)).toEqual(paths(expected));
  });

  it('answers another patient 404 and an anonymous caller 401', async () => {
    const other = await get(`/api/v1/appointments/${appointment.id}/ticket-qr.svg`, stranger.session);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('TICKET_NOT_FOUND');
    expect((await get(`/api/v1/appointments/${appointment.id}/ticket-qr.svg`)).statusCode).toBe(401);
  });
});

describe('POST /api/v1/appointments/{id}/ticket/email', () => {
  const ourRows = async () =>
    (await outboxRowsOf(t.database.db, 'ticket_email')).filter((row) =>
      row.dedupeKey.includes(appointment.id),
    );

  it('asks for an email when the account has none (409), and checks a given one (400)', async () => {
    const none = await send(owner.session);
    expect(none.statusCode, none.body).toBe(409);
    expect(none.json().code).toBe('EMAIL_REQUIRED');
    expect(none.json().detail).toMatch(/профил/);
    const bad = await send(owner.session, { email: 'не почта' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.email');
    expect(await ourRows()).toEqual([]);
  });

  it('refuses a ticket of someone else as not found', async () => {
    const res = await send(stranger.session, { email: 'stranger@example.ru' });
    expect(res.statusCode).toBe(404);
  });

  it('queues the ticket by email (202, masked), a few times an hour, then 429 until the hour has passed', async () => {
    const given = await send(owner.session, { email: 'Anna.Petrova@Example.ru' });
    expect(given.statusCode, given.body).toBe(202);
    expect(given.json()).toEqual({ sentTo: 'a***@example.ru' });
    const [row] = await ourRows();
    expect(row).toMatchObject({ channel: 'email', recipient: 'anna.petrova@example.ru', status: 'pending' });
    const payload = JSON.parse(
      cipher.decrypt(row!.payloadEncrypted, aadFor(schema.notificationOutbox.payloadEncrypted, row!.id)),
    ) as Record<string, string>;
    const email = renderMessage('ticket_email', 'email', payload);
    for (const part of [email.text, email.html]) {
      expect(part).toContain(appointment.code);
      expect(part).toContain(appointment.ticketNumber);
      expect(part).toContain('02.12.2026');
      expect(part).toContain('10:00');
      expect(part).toContain('московское время');
      expect(part).toContain('Поликлиника № 7 на Садовой');
      expect(part).toContain('Зайцев Павел');
      expect(part).toContain(`/api/v1/appointments/${appointment.id}/ticket.pdf`);
      expect(part).not.toContain('Скрытова');
    }

    await setAccountContacts(t.database.db, owner.accountId, { email: 'owner@example.ru' });
    clock.set('2026-11-30T06:05:00Z');
    const own = await send(owner.session);
    expect(own.statusCode, own.body).toBe(202);
    expect(own.json().sentTo).toBe('o***@example.ru');
    clock.set('2026-11-30T06:10:00Z');
    expect((await send(owner.session)).statusCode).toBe(202);
    const limited = await send(owner.session);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('TICKET_EMAIL_RATE_LIMITED');
    // The first send leaves the hour at 07:00: 50 minutes from now.
    expect(Number(limited.headers['retry-after'])).toBe(50 * 60);
    expect(await ourRows()).toHaveLength(3);

    clock.set('2026-11-30T07:01:00Z');
    const session = await newSession(t, owner.accountId, clock.now());
    const later = await send(session);
    expect(later.statusCode, later.body).toBe(202);
    expect(await ourRows()).toHaveLength(4);
  });
});
