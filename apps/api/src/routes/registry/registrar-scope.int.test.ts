import {
  addPractitionerRole,
  attachPatient,
  auditEntriesAbout,
  buildOrganization,
  buildPractitioner,
  buildSlots,
  practitionerRoleIds,
  setPractitionerRolesActive,
} from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { book, createPatients, createStaff, type TestPatient } from '../../testing/booking-helpers';
import type { Session } from '../../testing/identity-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

/**
 * Issue 13: registrars act only for the clinics they work for, a call-centre operator for the clinics of
 * their region; issue 15 item 3: a care relation counts only active practitioner roles at the clinic of
 * the account's role.
 */
let t: TestApp;
let clinicA: string;
let clinicB: string;
let roleA: string;
let roleB: string;
let registrarA: Session;
let registrarAId: string;
let patient: TestPatient;

/** Free slots of a practitioner role, starting `days` from tomorrow (so each test has its own). */
const slotsOf = (practitionerRoleId: string, days: number, count = 1) =>
  buildSlots(t.database.db, {
    practitionerRoleId,
    count,
    start: new Date(Date.now() + (days + 1) * 86_400_000),
  });
const denialsBy = async (accountId: string, patientId: string) =>
  (await auditEntriesAbout(t.database.db, patientId)).filter(
    (e) => e.action === 'access.denied' && e.actorAccountId === accountId,
  );

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const doctorA = await buildPractitioner(db, { specialtyCode: 'ophthalmologist' });
  const doctorB = await buildPractitioner(db, { specialtyCode: 'ophthalmologist' });
  clinicA = doctorA.organizationId;
  clinicB = doctorB.organizationId;
  [roleA] = (await practitionerRoleIds(db, doctorA.id)) as [string];
  [roleB] = (await practitionerRoleIds(db, doctorB.id)) as [string];
  const registrar = await createStaff(t, 'registrar', clinicA);
  registrarA = registrar.session;
  registrarAId = registrar.accountId;
  [patient] = (await createPatients(t, 1)) as [TestPatient];
});
afterAll(() => t?.close());

describe('registrar scope (issue 13)', () => {
  it("books into clinic A's slots, and answers 404 with an access.denied entry for clinic B's", async () => {
    const [slotA] = await slotsOf(roleA, 1);
    const [slotB] = await slotsOf(roleB, 1);
    const refused = await book(t, registrarA, { slotId: slotB!.id, patientId: patient.patientId });
    expect(refused.statusCode, refused.body).toBe(404);
    expect(refused.json().code).toBe('SLOT_NOT_FOUND');
    expect(await denialsBy(registrarAId, patient.patientId)).toContainEqual(
      expect.objectContaining({ details: { organizationId: clinicB }, reason: 'book' }),
    );
    const booked = await book(t, registrarA, { slotId: slotA!.id, patientId: patient.patientId });
    expect(booked.statusCode, booked.body).toBe(201);
    expect(booked.json().channel).toBe('registry');
  });

  it("neither reads nor cancels an appointment at clinic B (404, audited), nor lists it among the patient's", async () => {
    const [slotB] = await slotsOf(roleB, 2);
    const [slotA] = await slotsOf(roleA, 3);
    const [other] = (await createPatients(t, 1)) as [TestPatient];
    const atB = await book(t, other.session, { slotId: slotB!.id });
    expect(atB.statusCode, atB.body).toBe(201);
    // The front desk of clinic A may override the one-visit-per-specialty rule, with a reason (rule 5a).
    const atA = await book(t, registrarA, {
      slotId: slotA!.id,
      patientId: other.patientId,
      overrideReason: 'Второй приём по просьбе пациента',
    });
    expect(atA.statusCode, atA.body).toBe(201);
    const before = (await denialsBy(registrarAId, other.patientId)).length;

    const read = await t.app.inject({
      url: `/api/v1/appointments/${atB.json().id}`,
      headers: registrarA.headers,
    });
    expect(read.statusCode).toBe(404);
    expect(read.json().code).toBe('APPOINTMENT_NOT_FOUND');
    const cancel = await t.app.inject({
      method: 'POST',
      url: `/api/v1/appointments/${atB.json().id}/cancel`,
      headers: registrarA.headers,
      payload: { reason: 'Пациент попросил по телефону' },
    });
    expect(cancel.statusCode).toBe(404);
    const ticket = await t.app.inject({
      url: `/api/v1/appointments/${atB.json().id}/ticket.ics`,
      headers: registrarA.headers,
    });
    expect(ticket.statusCode).toBe(404);
    expect((await denialsBy(registrarAId, other.patientId)).length).toBe(before + 3);

    const list = await t.app.inject({
      url: '/api/v1/appointments',
      query: { patientId: other.patientId },
      headers: registrarA.headers,
    });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((a: { id: string }) => a.id)).toEqual([atA.json().id]);
    // The patient still sees both, and the clinic-A visit stays the registrar's to read and change.
    const own = await t.app.inject({ url: '/api/v1/appointments', headers: other.session.headers });
    expect(own.json().total).toBe(2);
    expect(
      (await t.app.inject({ url: `/api/v1/appointments/${atA.json().id}`, headers: registrarA.headers }))
        .statusCode,
    ).toBe(200);
  });

  it("does not move a clinic-A visit into clinic B's slot", async () => {
    const [slotA] = await slotsOf(roleA, 4);
    const [slotB] = await slotsOf(roleB, 5);
    const [person] = (await createPatients(t, 1)) as [TestPatient];
    const booked = await book(t, registrarA, { slotId: slotA!.id, patientId: person.patientId });
    expect(booked.statusCode, booked.body).toBe(201);
    const moved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/appointments/${booked.json().id}/reschedule`,
      headers: registrarA.headers,
      payload: { slotId: slotB!.id },
    });
    expect(moved.statusCode, moved.body).toBe(404);
    expect(moved.json().code).toBe('SLOT_NOT_FOUND');
  });

  it("reads the card of a patient known to clinic A only; another clinic's patient is not found", async () => {
    const [known, stranger] = (await createPatients(t, 2)) as [TestPatient, TestPatient];
    await attachPatient(t.database.db, known.patientId, { organizationId: clinicA });
    await attachPatient(t.database.db, stranger.patientId, { organizationId: clinicB });
    const card = (id: string) => t.app.inject({ url: `/api/v1/patients/${id}`, headers: registrarA.headers });
    expect((await card(known.patientId)).json().accessBasis).toBe('registry');
    expect((await card(stranger.patientId)).statusCode).toBe(404);
  });

  it('lets a call-centre operator book the clinics of their region through the call-centre channel', async () => {
    const [slotA] = await slotsOf(roleA, 6);
    const [farSlot] = await buildSlots(t.database.db, {
      organization: { regionCode: '54', timeZone: 'Asia/Novosibirsk' },
      specialtyCode: 'ophthalmologist',
    });
    const operator = await createStaff(t, 'call_centre', null, { regionCode: '77' });
    const [caller] = (await createPatients(t, 1)) as [TestPatient];
    const far = await book(t, operator.session, { slotId: farSlot!.id, patientId: caller.patientId });
    expect(far.statusCode).toBe(404);
    const near = await book(t, operator.session, { slotId: slotA!.id, patientId: caller.patientId });
    expect(near.statusCode, near.body).toBe(201);
    expect(near.json()).toMatchObject({ channel: 'call_centre' });
    expect('reason' in near.json()).toBe(false);
    // No overrides for the call centre (rule 5a is the front desk's).
    const [again] = await slotsOf(roleA, 7);
    const override = await book(t, operator.session, {
      slotId: again!.id,
      patientId: caller.patientId,
      overrideReason: 'Просьба пациента',
    });
    expect(override.json().code).toBe('SPECIALTY_LIMIT');
  });
});

describe('care relations (issue 15, item 3)', () => {
  it('count only active practitioner roles at the clinic of the account’s role: a doctor who left loses access', async () => {
    const db = t.database.db;
    const practitioner = await buildPractitioner(db);
    const clinic = practitioner.organizationId;
    const doctor = await createStaff(t, 'doctor', clinic, { practitionerId: practitioner.id });
    const [person] = (await createPatients(t, 1)) as [TestPatient];
    await attachPatient(db, person.patientId, { organizationId: clinic });
    const card = () =>
      t.app.inject({ url: `/api/v1/patients/${person.patientId}`, headers: doctor.session.headers });
    expect((await card()).json().accessBasis).toBe('care');

    await setPractitionerRolesActive(db, practitioner.id, clinic, false);
    expect((await card()).statusCode).toBe(404);
    await setPractitionerRolesActive(db, practitioner.id, clinic, true);
    expect((await card()).statusCode).toBe(200);

    // The practitioner also works at another clinic, but this account is that clinic's doctor only.
    const elsewhere = await buildOrganization(db);
    const [other] = (await createPatients(t, 1)) as [TestPatient];
    await attachPatient(db, other.patientId, { organizationId: elsewhere.id });
    await addPractitionerRole(db, practitioner.id, elsewhere.id);
    const otherCard = await t.app.inject({
      url: `/api/v1/patients/${other.patientId}`,
      headers: doctor.session.headers,
    });
    expect(otherCard.statusCode).toBe(404);
  });

  it('counts a visit with the practitioner at their clinic as a care relation', async () => {
    const db = t.database.db;
    const practitioner = await buildPractitioner(db, { specialtyCode: 'otolaryngologist' });
    const [role] = (await practitionerRoleIds(db, practitioner.id)) as [string];
    const doctor = await createStaff(t, 'doctor', practitioner.organizationId, {
      practitionerId: practitioner.id,
    });
    const [person] = (await createPatients(t, 1)) as [TestPatient];
    const card = () =>
      t.app.inject({ url: `/api/v1/patients/${person.patientId}`, headers: doctor.session.headers });
    expect((await card()).statusCode).toBe(404);
    const [slot] = await buildSlots(db, { practitionerRoleId: role });
    expect((await book(t, person.session, { slotId: slot!.id })).statusCode).toBe(201);
    expect((await card()).json().accessBasis).toBe('care');
  });
});
