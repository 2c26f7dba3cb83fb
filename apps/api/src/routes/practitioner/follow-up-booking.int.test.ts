import { localDate } from '@talon/core/shared';
import {
  attachPatient,
  auditEntriesAbout,
  buildPractitioner,
  buildSlots,
  practitionerOrganizationId,
} from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { book, createPatients, createStaff, type TestPatient } from '../../testing/booking-helpers';
import type { Session } from '../../testing/identity-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

// Issue 12: the doctor books a patient's next visit on the channel `doctor` (docs/booking.md).
let t: TestApp;
let doctor: { accountId: string; session: Session };
let organizationId: string;
let inCare: TestPatient;
let stranger: TestPatient;
let colleagueSlotIds: string[];

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const practitioner = await buildPractitioner(db);
  organizationId = await practitionerOrganizationId(db, practitioner.id);
  doctor = await createStaff(t, 'doctor', organizationId, { practitionerId: practitioner.id });
  // A colleague of the same clinic: the follow-up may be with them.
  const colleague = await buildPractitioner(db, { organizationId });
  const role = await db.query.practitionerRoles.findFirst({
    where: (r, { eq }) => eq(r.practitionerId, colleague.id),
  });
  colleagueSlotIds = (await buildSlots(db, { practitionerRoleId: role!.id, count: 2 })).map((s) => s.id);
  [inCare, stranger] = (await createPatients(t, 2)) as [TestPatient, TestPatient];
  // The attachment to the doctor's clinic is the care relation (docs/domain.md rule 16).
  await attachPatient(db, inCare.patientId, { organizationId });
});
afterAll(() => t?.close());

describe('POST /api/v1/appointments by a doctor (follow-up, channel doctor)', () => {
  it('books a patient in care with a colleague of the clinic: channel doctor, the doctor audited as the actor', async () => {
    const res = await book(t, doctor.session, { slotId: colleagueSlotIds[0], patientId: inCare.patientId });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ patientId: inCare.patientId, channel: 'doctor', status: 'booked' });
    const row = await t.database.db.query.appointments.findFirst({
      where: (a, { eq }) => eq(a.id, res.json().id),
    });
    expect(row).toMatchObject({
      channel: 'doctor',
      bookedByKind: 'practitioner',
      bookedByAccountId: doctor.accountId,
    });
    const audit = await auditEntriesAbout(t.database.db, inCare.patientId);
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'appointment.book',
          actorAccountId: doctor.accountId,
          actorRole: 'doctor',
          recordId: res.json().id,
          details: expect.objectContaining({ basis: 'care', channel: 'doctor' }),
        }),
      ]),
    );
  });

  it('keeps the rules of every channel: one active visit per specialty', async () => {
    const res = await book(t, doctor.session, { slotId: colleagueSlotIds[1], patientId: inCare.patientId });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().code).toBe('SPECIALTY_LIMIT');
  });

  it('counts the visit in the clinic’s channel mix', async () => {
    const admin = await createStaff(t, 'clinic_admin', organizationId);
    const day = localDate(new Date(Date.now() + 86_400_000), 'Europe/Moscow');
    const res = await t.app.inject({
      url: `/api/v1/admin/analytics/load?from=${localDate(new Date(), 'Europe/Moscow')}&to=${day}`,
      headers: admin.session.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().totals.channels).toMatchObject({ doctor: 1, internet: 0 });
  });

  it('refuses a patient out of care as not found, with access.denied', async () => {
    const [slot] = await buildSlots(t.database.db, {
      practitionerRoleId: (await t.database.db.query.practitionerRoles.findFirst({
        where: (r, { eq }) => eq(r.organizationId, organizationId),
      }))!.id,
      start: new Date(Date.now() + 3 * 86_400_000),
    });
    const res = await book(t, doctor.session, { slotId: slot!.id, patientId: stranger.patientId });
    expect(res.statusCode, res.body).toBe(404);
    expect(res.json().code).toBe('PATIENT_NOT_FOUND');
    const audit = await auditEntriesAbout(t.database.db, stranger.patientId);
    expect(audit).toEqual([
      expect.objectContaining({ action: 'access.denied', actorAccountId: doctor.accountId, reason: 'book' }),
    ]);
  });

  it('does not book into another clinic’s slot, even for a patient in care', async () => {
    const [elsewhere] = await buildSlots(t.database.db, { specialtyCode: 'cardiologist' });
    const res = await book(t, doctor.session, { slotId: elsewhere!.id, patientId: inCare.patientId });
    expect(res.statusCode, res.body).toBe(404);
    expect(res.json().code).toBe('SLOT_NOT_FOUND');
  });

  it('offers video slots on their own: the slot search takes visitType=video for the follow-up', async () => {
    const db = t.database.db;
    const [patient] = await createPatients(t, 1);
    await attachPatient(db, patient!.patientId, { organizationId });
    const role = await db.query.practitionerRoles.findFirst({
      where: (r, { eq }) => eq(r.organizationId, organizationId),
    });
    const start = new Date(Date.now() + 4 * 86_400_000);
    await buildSlots(db, { practitionerRoleId: role!.id, start, count: 2 });
    const [video] = await buildSlots(db, {
      practitionerRoleId: role!.id,
      start: new Date(start.getTime() + 3_600_000),
      slot: { visitType: 'video' },
    });
    const scope = `organization=${organizationId}&specialty=${role!.specialtyCode}&patientId=${patient!.patientId}`;
    const search = (path: string) => t.app.inject({ url: path, headers: doctor.session.headers });
    const all = await search(`/api/v1/slots?${scope}&pageSize=100`);
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json().items.some((slot: { visitType: string }) => slot.visitType === 'in_person')).toBe(true);
    const videoOnly = await search(`/api/v1/slots?${scope}&visitType=video&pageSize=100`);
    expect(videoOnly.json().items.map((slot: { id: string }) => slot.id)).toEqual([video!.id]);
    const calendar = await search(`/api/v1/slots/calendar?${scope}&visitType=video`);
    expect(calendar.statusCode, calendar.body).toBe(200);
    expect(calendar.json().days.reduce((sum: number, day: { free: number }) => sum + day.free, 0)).toBe(1);
    const res = await book(t, doctor.session, { slotId: video!.id, patientId: patient!.patientId });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ channel: 'doctor', visitType: 'video' });
  });
});
