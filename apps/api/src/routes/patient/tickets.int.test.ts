import { createHmac } from 'node:crypto';
import { loadConfig } from '@talon/config';
import { verifyTicketPayload } from '@talon/core/booking';
import { fixedClock } from '@talon/core/shared';
import { buildAppointment, buildOrganization, buildPractitioner, buildSlots } from '@talon/testing';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPatient, type Session } from '../../testing/identity-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

const clock = fixedClock('2026-11-30T03:00:00Z');
let t: TestApp;
let owner: { session: Session; patientId: string };
let stranger: Session;
let appointment: { id: string; code: string; ticketNumber: string };

beforeAll(async () => {
  t = await createTestApp({ clock, worker: true });
  const db = t.database.db;
  const registered = await registerPatient(t, { surname: 'Ёлкина', name: 'Мария', patronymic: 'Петровна' });
  owner = { session: registered.session, patientId: registered.me.patientId };
  stranger = (await registerPatient(t)).session;
  // The worker delivered the registration codes; nothing else of it is needed here.
  await t.worker?.stop();
  const clinic = await buildOrganization(db, {
    name: 'Камчатская краевая поликлиника',
    address: 'г. Петропавловск-Камчатский, ул. Ленинская, д. 1',
    regionCode: '41',
    timeZone: 'Asia/Kamchatka',
  });
  const doctor = await buildPractitioner(db, {
    organizationId: clinic.id,
    surname: 'Смирнов',
    name: 'Олег',
    patronymic: 'Игоревич',
  });
  const role = (await t.app.inject(`/api/v1/practitioners/${doctor.id}`)).json().roles[0].id;
  // 1 December, 09:30 in Kamchatka: 30 November, 21:30 UTC.
  const [slot] = await buildSlots(db, { practitionerRoleId: role, start: new Date('2026-11-30T21:30:00Z') });
  appointment = await buildAppointment(db, { patientId: owner.patientId, slotId: slot!.id });
});
afterAll(() => t?.close());

const get = (url: string, session?: Session) =>
  t.app.inject({ method: 'GET', url, headers: session?.headers ?? {} });

describe('GET /api/v1/appointments/{id}/ticket.pdf', () => {
  it('is one A6 page with the Cyrillic name, the code, the ticket number and the zone named', async () => {
    const res = await get(`/api/v1/appointments/${appointment.id}/ticket.pdf`, owner.session);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store');
    const pdf = await getDocumentProxy(new Uint8Array(res.rawPayload));
    expect(pdf.numPages).toBe(1);
    const page = await pdf.getPage(1);
    const [, , width, height] = page.view as number[];
    expect(Math.round(width!)).toBe(298);
    expect(Math.round(height!)).toBe(420);
    const { text } = await extractText(pdf, { mergePages: true });
    const flat = text.replaceAll(/\s+/g, ' ');
    expect(flat).toContain('Ёлкина Мария Петровна');
    expect(flat).toContain(appointment.code);
    expect(flat).toContain(appointment.ticketNumber);
    expect(flat).toContain('Смирнов Олег Игоревич');
    expect(flat).toContain('01.12.2026');
    expect(flat).toContain('09:30');
    expect(flat).toContain('камчатское время');
    expect(flat).toContain('г. Петропавловск-Камчатский, ул. Ленинская, д. 1');
  });

  it("answers another patient's request as not found, and an anonymous one with 401", async () => {
    const res = await get(`/api/v1/appointments/${appointment.id}/ticket.pdf`, stranger);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('TICKET_NOT_FOUND');
    expect((await get(`/api/v1/appointments/${appointment.id}/ticket.pdf`)).statusCode).toBe(401);
  });

  it('answers an unknown id 404 and a malformed one 400', async () => {
    const unknown = await get(
      '/api/v1/appointments/00000000-0000-4000-8000-000000000000/ticket.pdf',
      owner.session,
    );
    expect(unknown.statusCode).toBe(404);
    const malformed = await get('/api/v1/appointments/42/ticket.pdf', owner.session);
    expect(malformed.statusCode).toBe(400);
  });

  it('has no valid ticket for a cancelled appointment', async () => {
    const cancelled = await buildAppointment(t.database.db, {
      patientId: owner.patientId,
      appointment: { status: 'cancelled_by_patient' },
    });
    const res = await get(`/api/v1/appointments/${cancelled.id}/ticket.pdf`, owner.session);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('TICKET_NOT_AVAILABLE');
  });
});

describe('GET /api/v1/appointments/{id}/ticket.ics', () => {
  it('is a calendar event in UTC with a reminder', async () => {
    const res = await get(`/api/v1/appointments/${appointment.id}/ticket.ics`, owner.session);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const ics = res.body;
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('\r\nDTSTART:20261130T213000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20261130T220000Z\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20261130T030000Z\r\n');
    expect(ics).toContain(`\r\nUID:${appointment.id}@talon\r\n`);
    expect(ics).toContain('BEGIN:VALARM');
    const unfolded = ics.replaceAll('\r\n ', '');
    expect(unfolded).toContain(`Код записи: ${appointment.code}`);
    expect(unfolded).toContain('Пациент: Ёлкина Мария Петровна');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it("answers another patient's request as not found", async () => {
    const res = await get(`/api/v1/appointments/${appointment.id}/ticket.ics`, stranger);
    expect(res.statusCode).toBe(404);
  });
});

describe('the QR payload', () => {
  it('is signed with the installation key, so check-in can verify it offline', async () => {
    const { renderTicketPdf } = await import('../../documents/ticket.pdf');
    const key = createHmac('sha256', loadConfig({ NODE_ENV: 'test' }).secrets.lookupKey)
      .update('talon/ticket-payload')
      .digest();
    const ticket = await t.app.services.tickets.get((await whoIs(owner.session))!, {
      appointmentId: appointment.id,
      origin: { ip: '127.0.0.1', userAgent: null },
    });
    const now = clock.now();
    expect(verifyTicketPayload(ticket.qrPayload, key, now)).toBe(appointment.id);
    expect(verifyTicketPayload(`${ticket.qrPayload}x`, key, now)).toBeNull();
    // The payload expires a day after the visit starts (issue 15, item 11).
    const afterwards = new Date(new Date(ticket.startsAt).getTime() + 24 * 3_600_000);
    expect(verifyTicketPayload(ticket.qrPayload, key, afterwards)).toBeNull();
    const pdf = await renderTicketPdf(ticket, { compress: false });
    // The QR code is drawn as vector squares: hundreds of `re` operators in the page content.
    expect((pdf.toString('latin1').match(/ re\n/g) ?? []).length).toBeGreaterThan(100);
  });
});

async function whoIs(session: Session) {
  const token = /talon_session=([^;]+)/.exec(session.cookie)?.[1];
  return token ? t.app.services.identity.resolveSession(null, { token }) : null;
}
