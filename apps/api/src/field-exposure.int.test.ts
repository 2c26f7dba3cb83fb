import {
  attachPatient,
  buildPractitioner,
  buildSlots,
  grantBookingConsent,
  linkRepresentative,
  practitionerRoleIds,
} from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { book, createPatients, createStaff, type TestPatient } from './testing/booking-helpers';
import type { Session } from './testing/identity-helpers';
import { createTestApp, type TestApp } from './testing/test-app';

/**
 * Field exposure per reader (issue 15, item 2; docs/domain.md rule 24): a visit's `reason` and
 * `cancellationReason` and a referral's `diagnosisCode` are medical. The patient, representatives with
 * medical access and staff in care see them; registrars, call centres, booking-consent proxies and the
 * parent of a 15–17-year-old who has not allowed it get the booking view, without those fields.
 */

const REASON = 'Давящая боль за грудиной';
const CANCELLATION = 'Уезжаю в командировку';
const DIAGNOSIS = 'I20.8';
const year = new Date().getUTCFullYear();

type Subject = 'adult' | 'child' | 'teen';
type Reader =
  | 'self'
  | 'proxy'
  | 'registrar'
  | 'call centre'
  | 'doctor in care'
  | 'parent of a child'
  | 'parent of a teen';

/** Who reads whose visits, and whether the medical fields must be there. */
const READS: { reader: Reader; subject: Subject; isMedical: boolean }[] = [
  { reader: 'self', subject: 'adult', isMedical: true },
  { reader: 'doctor in care', subject: 'adult', isMedical: true },
  { reader: 'parent of a child', subject: 'child', isMedical: true },
  { reader: 'proxy', subject: 'adult', isMedical: false },
  { reader: 'registrar', subject: 'adult', isMedical: false },
  { reader: 'call centre', subject: 'adult', isMedical: false },
  { reader: 'parent of a teen', subject: 'teen', isMedical: false },
];

let t: TestApp;
const sessions = new Map<Reader, Session>();
const subjects = new Map<Subject, { patient: TestPatient; appointmentId: string; referralId: string }>();

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const practitioner = await buildPractitioner(db);
  const clinicId = practitioner.organizationId;
  const [roleId] = await practitionerRoleIds(db, practitioner.id);
  const slots = await buildSlots(db, { practitionerRoleId: roleId, count: 3 });
  const [adult, proxy, parentOfChild, parentOfTeen] = await createPatients(t, 4);
  const [child] = await createPatients(t, 1, { patient: { birthDate: `${year - 8}-01-01` } });
  const [teen] = await createPatients(t, 1, { patient: { birthDate: `${year - 16}-01-01` } });
  for (const person of [adult!, child!, teen!])
    await attachPatient(db, person.patientId, { organizationId: clinicId });
  await linkRepresentative(db, {
    representativePatientId: parentOfChild!.patientId,
    wardPatientId: child!.patientId,
  });
  await linkRepresentative(db, {
    representativePatientId: parentOfTeen!.patientId,
    wardPatientId: teen!.patientId,
  });
  await grantBookingConsent(db, adult!.patientId, proxy!.patientId);
  const doctor = await createStaff(t, 'doctor', clinicId, { practitionerId: practitioner.id });

  sessions.set('self', adult!.session);
  sessions.set('proxy', proxy!.session);
  sessions.set('parent of a child', parentOfChild!.session);
  sessions.set('parent of a teen', parentOfTeen!.session);
  sessions.set('registrar', (await createStaff(t, 'registrar', clinicId)).session);
  sessions.set('call centre', (await createStaff(t, 'call_centre', null, { regionCode: '77' })).session);
  sessions.set('doctor in care', doctor.session);

  const people: [Subject, TestPatient, Session][] = [
    ['adult', adult!, adult!.session],
    ['child', child!, parentOfChild!.session],
    ['teen', teen!, parentOfTeen!.session],
  ];
  for (const [index, [subject, patient, booker]] of people.entries()) {
    const booked = await book(t, booker, {
      slotId: slots[index]!.id,
      patientId: patient.patientId,
      reason: REASON,
    });
    expect(booked.statusCode, booked.body).toBe(201);
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/v1/appointments/${booked.json().id}/cancel`,
      headers: booker.headers,
      payload: { reason: CANCELLATION },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const referral = await t.app.inject({
      method: 'POST',
      url: '/api/v1/referrals',
      headers: doctor.session.headers,
      payload: { patientId: patient.patientId, specialty: 'cardiologist', diagnosisCode: DIAGNOSIS },
    });
    expect(referral.statusCode, referral.body).toBe(201);
    subjects.set(subject, { patient, appointmentId: booked.json().id, referralId: referral.json().id });
  }
});
afterAll(() => t?.close());

/** The medical fields of an answer item, and whether each is present. */
const exposure = (item: Record<string, unknown>, fields: readonly string[]) =>
  Object.fromEntries(fields.map((field) => [field, field in item]));
const everyField = (fields: readonly string[], isMedical: boolean) =>
  Object.fromEntries(fields.map((field) => [field, isMedical]));

describe('field exposure per reader (docs/domain.md rule 24)', () => {
  const VISIT_FIELDS = ['reason', 'cancellationReason'] as const;

  for (const { reader, subject, isMedical } of READS) {
    it(`GET /appointments/{id}: ${reader} reading the ${subject} ${isMedical ? 'sees' : 'does not see'} reasons`, async () => {
      const { appointmentId } = subjects.get(subject)!;
      const res = await t.app.inject({
        url: `/api/v1/appointments/${appointmentId}`,
        headers: sessions.get(reader)!.headers,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(exposure(res.json(), VISIT_FIELDS)).toEqual(everyField(VISIT_FIELDS, isMedical));
      if (isMedical) expect(res.json()).toMatchObject({ reason: REASON, cancellationReason: CANCELLATION });
      else expect(res.body).not.toContain(REASON);
    });
  }

  // The lists are the patient's and the front desk's (doctors read a visit, not a patient's list).
  for (const { reader, subject, isMedical } of READS.filter((r) => r.reader !== 'doctor in care')) {
    it(`GET /appointments and /referrals: ${reader} listing the ${subject}'s`, async () => {
      const { patient, appointmentId, referralId } = subjects.get(subject)!;
      const headers = sessions.get(reader)!.headers;
      const query = { patientId: patient.patientId };
      const visits = await t.app.inject({ url: '/api/v1/appointments', query, headers });
      expect(visits.statusCode, visits.body).toBe(200);
      const visit = visits.json().items.find((a: { id: string }) => a.id === appointmentId);
      expect(exposure(visit, VISIT_FIELDS)).toEqual(everyField(VISIT_FIELDS, isMedical));
      const referrals = await t.app.inject({ url: '/api/v1/referrals', query, headers });
      expect(referrals.statusCode, referrals.body).toBe(200);
      const referral = referrals.json().items.find((r: { id: string }) => r.id === referralId);
      expect(exposure(referral, ['diagnosisCode'])).toEqual({ diagnosisCode: isMedical });
      if (!isMedical) expect(referrals.body).not.toContain(DIAGNOSIS);
    });
  }

  it("gives a parent of a 15–17-year-old the booking view of the list of their own and their wards' visits", async () => {
    const { appointmentId } = subjects.get('teen')!;
    const res = await t.app.inject({
      url: '/api/v1/appointments',
      headers: sessions.get('parent of a teen')!.headers,
    });
    const visit = res.json().items.find((a: { id: string }) => a.id === appointmentId);
    expect(visit).toBeDefined();
    expect('reason' in visit).toBe(false);
    const child = subjects.get('child')!;
    const ofChild = await t.app.inject({
      url: '/api/v1/appointments',
      headers: sessions.get('parent of a child')!.headers,
    });
    expect(ofChild.json().items.find((a: { id: string }) => a.id === child.appointmentId)).toMatchObject({
      reason: REASON,
    });
  });
});
