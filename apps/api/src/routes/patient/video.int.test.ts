import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fixedClock } from '@talon/core/shared';
import {
  buildAppointment,
  buildOrganization,
  buildPractitioner,
  buildSlots,
  lastAuditEntry,
} from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addChildWard, registerPatient, type Session } from '../../testing/identity-helpers';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { JPEG, PNG, uploadFile } from '../../testing/upload-helpers';

// The visit starts at 09:00 UTC; the room opens at 08:45.
const START = new Date('2026-12-01T09:00:00Z');
// The staff's TOTP codes are of the real time: sign-ins happen at it, then the tests move the clock.
const clock = fixedClock(new Date());
let t: TestApp;
let patient: { session: Session; patientId: string };
let parent: Session;
let stranger: Session;
let doctor: StaffSession;
let colleague: Session;
let registrar: Session;
let visit: { id: string };
let wardVisit: { id: string };
let inPerson: { id: string };

beforeAll(async () => {
  t = await createTestApp({ clock, worker: true });
  const db = t.database.db;
  const registered = await registerPatient(t);
  patient = { session: registered.session, patientId: registered.me.patientId };
  parent = (await registerPatient(t)).session;
  const wardId = await addChildWard(t, parent);
  stranger = (await registerPatient(t)).session;
  // The worker delivered the registration codes; nothing else of it is needed here.
  await t.worker?.stop();
  const clinic = await buildOrganization(db, { phone: '+74951234567' });
  const practitioner = await buildPractitioner(db, { organizationId: clinic.id });
  const other = await buildPractitioner(db, { organizationId: clinic.id });
  doctor = await createStaffSession(t, 'doctor', {
    organizationId: clinic.id,
    practitionerId: practitioner.id,
  });
  colleague = await createStaffSession(t, 'doctor', { organizationId: clinic.id, practitionerId: other.id });
  registrar = await createStaffSession(t, 'registrar', { organizationId: clinic.id });
  const role = (await t.app.inject(`/api/v1/practitioners/${practitioner.id}`)).json().roles[0].id;
  const slot = async (start: Date, visitType: 'video' | 'in_person') =>
    (await buildSlots(db, { practitionerRoleId: role, start, minutes: 20, slot: { visitType } }))[0]!;
  const video = await slot(START, 'video');
  const wardSlot = await slot(new Date(START.getTime() + 20 * 60_000), 'video');
  const inPersonSlot = await slot(new Date(START.getTime() + 40 * 60_000), 'in_person');
  visit = await buildAppointment(db, { patientId: patient.patientId, slotId: video.id });
  wardVisit = await buildAppointment(db, { patientId: wardId, slotId: wardSlot.id });
  inPerson = await buildAppointment(db, { patientId: patient.patientId, slotId: inPersonSlot.id });
});
afterAll(() => t?.close());

const room = (id: string, session?: Session) =>
  t.app.inject({ method: 'GET', url: `/api/v1/visits/${id}/room`, headers: session?.headers ?? {} });
const post = (id: string, action: string, session: Session, payload?: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/visits/${id}/room/${action}`,
    headers: session.headers,
    ...(payload === undefined ? {} : { payload }),
  });

describe('the video room window and its participants', () => {
  it('is not found before 15 minutes ahead of the start, and open from then', async () => {
    clock.set('2026-12-01T08:44:59Z');
    const early = await room(visit.id, patient.session);
    expect(early.statusCode).toBe(404);
    expect(early.json().code).toBe('VIDEO_ROOM_NOT_FOUND');
    clock.set('2026-12-01T08:45:00Z');
    const open = await room(visit.id, patient.session);
    expect(open.statusCode, open.body).toBe(200);
    expect(open.json()).toMatchObject({
      appointmentId: visit.id,
      role: 'patient',
      state: 'waiting',
      clinicPhone: '+74951234567',
      iceServers: [],
    });
    expect(open.headers['cache-control']).toBe('private, no-store');
  });

  it('is not found for a stranger, another doctor of the clinic, the registry, nor anonymously (401)', async () => {
    clock.set('2026-12-01T08:50:00Z');
    for (const session of [stranger, colleague, registrar]) {
      const res = await room(visit.id, session);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('VIDEO_ROOM_NOT_FOUND');
    }
    expect((await room(visit.id)).statusCode).toBe(401);
  });

  it('is not found for an in-person visit, even to its own patient', async () => {
    expect((await room(inPerson.id, patient.session)).statusCode).toBe(404);
  });

  it("lets in a child's representative as the patient side", async () => {
    clock.set('2026-12-01T09:10:00Z');
    const res = await room(wardVisit.id, parent);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().role).toBe('patient');
    expect((await room(wardVisit.id, patient.session)).statusCode).toBe(404);
  });

  it('audits every join, the practitioner and the patient alike', async () => {
    clock.set('2026-12-01T08:55:00Z');
    const res = await room(visit.id, doctor);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().role).toBe('practitioner');
    const entry = await lastAuditEntry(t.database.db, 'video.join');
    expect(entry).toMatchObject({
      actorAccountId: doctor.accountId,
      subjectPatientId: patient.patientId,
      recordType: 'appointment',
      recordId: visit.id,
      outcome: 'success',
    });
    expect(entry?.details).toMatchObject({ role: 'practitioner', basis: 'care' });
    await room(visit.id, patient.session);
    const own = await lastAuditEntry(t.database.db, 'video.join');
    expect(own?.seq).toBeGreaterThan(entry!.seq);
    expect(own?.details).toMatchObject({ role: 'patient', basis: 'self' });
  });
});

describe('the signalling channel', () => {
  let baseUrl: string;

  beforeAll(async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });

  /** The room's event stream of a session: the messages as they arrive. */
  async function openStream(id: string, session: Session) {
    const messages: { event: string; data: Record<string, unknown> }[] = [];
    let raw = '';
    const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const request = http.get(`${baseUrl}/api/v1/visits/${id}/room/events`, {
        headers: { ...session.headers, accept: 'text/event-stream' },
      });
      request.on('response', resolve);
      request.on('error', reject);
    });
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      raw += chunk;
      let end = raw.indexOf('\n\n');
      while (end >= 0) {
        const block = raw.slice(0, end);
        raw = raw.slice(end + 2);
        const event = /^event: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (event && data) messages.push({ event, data: JSON.parse(data) });
        end = raw.indexOf('\n\n');
      }
    });
    response.on('error', () => {});
    if (response.statusCode === 200) await new Promise((resolve) => response.once('data', resolve));
    return {
      status: response.statusCode,
      messages,
      close: () => response.destroy(),
      async next(event: string) {
        const deadline = Date.now() + 5_000;
        while (Date.now() < deadline) {
          const found = messages.find((m) => m.event === event);
          if (found) return found;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        throw new Error(`no ${event} within 5 s; got ${JSON.stringify(messages)}`);
      },
    };
  }

  it('refuses messages and streams from anyone but the two participants', async () => {
    clock.set('2026-12-01T09:00:00Z');
    for (const session of [stranger, colleague, parent]) {
      const sent = await post(visit.id, 'signal', session, { kind: 'chat', text: 'Здравствуйте' });
      expect(sent.statusCode).toBe(404);
      expect(sent.json().code).toBe('VIDEO_ROOM_NOT_FOUND');
      const stream = await openStream(visit.id, session);
      expect(stream.status).toBe(404);
      stream.close();
    }
    expect((await post(visit.id, 'admit', stranger)).statusCode).toBe(404);
  });

  it('carries offers, candidates and chat to the other side only, and the admission to both', async () => {
    clock.set('2026-12-01T09:00:00Z');
    const patientStream = await openStream(visit.id, patient.session);
    const doctorStream = await openStream(visit.id, doctor);
    expect(patientStream.status).toBe(200);
    expect(doctorStream.status).toBe(200);
    try {
      const refused = await post(visit.id, 'admit', patient.session);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().code).toBe('VIDEO_ADMIT_PRACTITIONER_ONLY');
      expect((await post(visit.id, 'admit', doctor)).statusCode).toBe(204);
      expect(await patientStream.next('admit')).toMatchObject({ data: { from: 'system' } });
      expect((await room(visit.id, patient.session)).json().state).toBe('admitted');

      // A real offer is several kilobytes: it travels deflated through NOTIFY and arrives whole.
      const sdp = `v=0\r\n${'a=candidate:1 1 udp 2122260223 192.0.2.1 54321 typ host\r\n'.repeat(200)}`;
      expect((await post(visit.id, 'signal', doctor, { kind: 'offer', sdp })).statusCode).toBe(204);
      expect((await patientStream.next('offer')).data).toEqual({ from: 'practitioner', kind: 'offer', sdp });
      const sent = await post(visit.id, 'signal', patient.session, { kind: 'chat', text: 'Добрый день' });
      expect(sent.statusCode).toBe(204);
      expect((await doctorStream.next('chat')).data).toEqual({
        from: 'patient',
        kind: 'chat',
        text: 'Добрый день',
      });
      // Nobody hears their own messages back.
      expect(patientStream.messages.some((m) => m.event === 'chat')).toBe(false);
      expect(doctorStream.messages.some((m) => m.event === 'offer')).toBe(false);
    } finally {
      patientStream.close();
      doctorStream.close();
    }
  });

  it('refuses a malformed message with the field (400), never 500', async () => {
    const res = await post(visit.id, 'signal', patient.session, { kind: 'chat', text: 'x'.repeat(2001) });
    expect(res.statusCode).toBe(400);
    const unknown = await post(visit.id, 'signal', patient.session, { kind: 'media', data: 'x' });
    expect(unknown.statusCode).toBe(400);
  });

  it("shares the patient's upload: the doctor reads it, the other side hears `file`, nobody else reads it", async () => {
    clock.set('2026-12-01T09:05:00Z');
    const uploaded = await uploadFile(t, patient.session.headers, 'анализы.jpg', JPEG);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const uploadId = uploaded.json().id as string;
    // Before the share the file is the patient's alone.
    const early = await t.app.inject({ url: `/api/v1/uploads/${uploadId}`, headers: doctor.headers });
    expect(early.statusCode).toBe(404);

    const doctorStream = await openStream(visit.id, doctor);
    try {
      // A stranger may not share it into the room (not a participant), nor the doctor (not theirs).
      expect((await post(visit.id, 'files', stranger, { uploadId })).statusCode).toBe(404);
      const notOwn = await post(visit.id, 'files', doctor, { uploadId });
      expect(notOwn.statusCode).toBe(422);
      expect(notOwn.json().code).toBe('VIDEO_FILE_INVALID');
      const bad = await post(visit.id, 'files', patient.session, { uploadId: 'nope' });
      expect(bad.statusCode).toBe(400);

      const shared = await post(visit.id, 'files', patient.session, { uploadId, name: 'анализы.jpg' });
      expect(shared.statusCode, shared.body).toBe(201);
      expect(shared.json()).toEqual({
        kind: 'file',
        uploadId,
        name: 'анализы.jpg',
        contentType: 'image/jpeg',
        size: JPEG.length,
      });
      expect((await doctorStream.next('file')).data).toEqual({ from: 'patient', ...shared.json() });
      const audit = await lastAuditEntry(t.database.db, 'video.file_share');
      expect(audit).toMatchObject({ subjectPatientId: patient.patientId, recordId: visit.id });
      expect(audit?.details).toMatchObject({ role: 'patient', uploadId });

      // Shared twice is refused: it is attached now.
      const again = await post(visit.id, 'files', patient.session, { uploadId });
      expect(again.json().code).toBe('VIDEO_FILE_INVALID');
    } finally {
      doctorStream.close();
    }

    const read = await t.app.inject({ url: `/api/v1/uploads/${uploadId}`, headers: doctor.headers });
    expect(read.statusCode, read.body).toBe(200);
    expect(Buffer.from(read.rawPayload)).toEqual(JPEG);
    const readAudit = await lastAuditEntry(t.database.db, 'record.read');
    expect(readAudit).toMatchObject({
      actorAccountId: doctor.accountId,
      subjectPatientId: patient.patientId,
      recordType: 'video_room_file',
      recordId: uploadId,
    });
    for (const session of [stranger, colleague, registrar, parent]) {
      const res = await t.app.inject({ url: `/api/v1/uploads/${uploadId}`, headers: session.headers });
      expect(res.statusCode).toBe(404);
    }

    // The doctor's file reaches the patient the same way.
    const scan = (await uploadFile(t, doctor.headers, 'направление.png', PNG)).json().id as string;
    expect((await post(visit.id, 'files', doctor, { uploadId: scan })).statusCode).toBe(201);
    const patientRead = await t.app.inject({
      url: `/api/v1/uploads/${scan}`,
      headers: patient.session.headers,
    });
    expect(patientRead.statusCode, patientRead.body).toBe(200);
  });

  it("lets a child's representative share in the ward's room, and the doctor read it", async () => {
    clock.set('2026-12-01T09:10:00Z');
    const id = (await uploadFile(t, parent.headers, 'выписка.png', PNG)).json().id as string;
    const shared = await post(wardVisit.id, 'files', parent, { uploadId: id });
    expect(shared.statusCode, shared.body).toBe(201);
    expect(shared.json()).toMatchObject({ name: null, contentType: 'image/png' });
    const read = await t.app.inject({ url: `/api/v1/uploads/${id}`, headers: doctor.headers });
    expect(read.statusCode, read.body).toBe(200);
    const other = await t.app.inject({ url: `/api/v1/uploads/${id}`, headers: patient.session.headers });
    expect(other.statusCode).toBe(404);
  });

  it('switches to a phone call, and closes the room once the visit is finished', async () => {
    expect((await post(visit.id, 'phone', patient.session)).statusCode).toBe(204);
    expect((await room(visit.id, doctor)).json().state).toBe('phone');
    // The doctor finishes the visit from the cabinet.
    const done = await t.app.inject({
      method: 'POST',
      url: `/api/v1/practitioner/appointments/${visit.id}/outcome`,
      headers: doctor.headers,
      payload: { outcome: 'fulfilled' },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect((await room(visit.id, patient.session)).statusCode).toBe(404);
    expect((await post(visit.id, 'signal', doctor, { kind: 'leave' })).statusCode).toBe(404);
    const late = (await uploadFile(t, patient.session.headers, 'поздно.jpg', JPEG)).json().id as string;
    const closed = await post(visit.id, 'files', patient.session, { uploadId: late });
    expect(closed.statusCode).toBe(404);
    expect(closed.json().code).toBe('VIDEO_ROOM_NOT_FOUND');
  });
});
