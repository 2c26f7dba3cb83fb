import { loadConfig } from '@talon/config';
import { renderMessage } from '@talon/core/messaging';
import { addDays, localDate } from '@talon/core/shared';
import { aadFor, createFieldCipher, schema } from '@talon/db';
import {
  attachPatient,
  auditEntriesAbout,
  buildPractitioner,
  buildSlots,
  outboxRowsOf,
  practitionerOrganizationId,
  referralRow,
  referralRowsOf,
  setAccountContacts,
  setReferralState,
} from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { book, createPatients, type TestPatient } from '../../testing/booking-helpers';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

// The system clock: staff log in with TOTP codes of real time. Dates are of today in Moscow (the clinic's).
const today = localDate(new Date(), 'Europe/Moscow');
const russian = (iso: string) => iso.split('-').reverse().join('.');
const cipher = createFieldCipher(loadConfig({ NODE_ENV: 'test' }).secrets);
let t: TestApp;
let doctor: StaffSession;
let organizationId: string;
let patient: TestPatient;
let parent: TestPatient;
let child: TestPatient;
let stranger: TestPatient;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const practitioner = await buildPractitioner(db, {
    surname: 'Орлова',
    name: 'Анна',
    patronymic: 'Юрьевна',
  });
  organizationId = await practitionerOrganizationId(db, practitioner.id);
  doctor = await createStaffSession(t, 'doctor', { organizationId, practitionerId: practitioner.id });
  const people = await createPatients(t, 3, { patient: { surname: 'Секретова' } });
  [patient, parent, stranger] = people as [TestPatient, TestPatient, TestPatient];
  // A child under 15: the parent's link gives the medical view (a parent's link ends at 18).
  [child] = (await createPatients(t, 1, {
    patient: { surname: 'Секретова', birthDate: '2018-05-01' },
  })) as [TestPatient];
  await attachPatient(db, patient!.patientId, { organizationId });
  await attachPatient(db, child!.patientId, { organizationId });
  await setAccountContacts(db, patient!.accountId, { email: `referral-${patient!.accountId}@example.ru` });
  await db.insert(schema.representativeLinks).values({
    representativePatientId: parent!.patientId,
    wardPatientId: child!.patientId,
    relation: 'parent',
    status: 'active',
  });
});
afterAll(() => t?.close());

const issue = (payload: Record<string, unknown>, headers = doctor.headers) =>
  t.app.inject({ method: 'POST', url: '/api/v1/referrals', headers, payload });
const list = (headers: Record<string, string>, query: Record<string, string> = {}) =>
  t.app.inject({ url: '/api/v1/referrals', headers, query });

describe('POST /api/v1/referrals', () => {
  it('issues a referral of the clinic to a patient in care, audited, 30 days by default', async () => {
    const res = await issue({
      patientId: patient.patientId,
      specialty: 'cardiologist',
      diagnosisCode: 'j069',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      patientId: patient.patientId,
      specialty: { code: 'cardiologist', name: 'Кардиолог' },
      diagnosisCode: 'J06.9',
      validUntil: addDays(today, 30),
      issuedBy: { name: 'Орлова Анна Юрьевна' },
      organization: { id: organizationId },
      usedByAppointmentId: null,
      cancelledAt: null,
      isUsable: true,
    });
    const audit = await auditEntriesAbout(t.database.db, patient.patientId);
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'record.create',
          recordType: 'referral',
          recordId: res.json().id,
          actorAccountId: doctor.accountId,
        }),
      ]),
    );
  });

  it('tells the patient on every channel, with the link to book and never the diagnosis or name', async () => {
    const res = await issue({
      patientId: patient.patientId,
      specialty: 'neurologist',
      diagnosisCode: 'G43.9',
      validUntil: addDays(today, 45),
    });
    expect(res.statusCode, res.body).toBe(201);
    const rows = (await outboxRowsOf(t.database.db, 'referral_issued')).filter((row) =>
      row.dedupeKey.includes(res.json().id),
    );
    expect(rows.map((row) => row.channel).sort()).toEqual(['email', 'in_app', 'push', 'sms']);
    for (const row of rows) {
      const payload = JSON.parse(
        cipher.decrypt(row.payloadEncrypted, aadFor(schema.notificationOutbox.payloadEncrypted, row.id)),
      ) as Record<string, string>;
      const rendered = renderMessage('referral_issued', row.channel, payload);
      const text = JSON.stringify(rendered);
      // SMS and push never name the specialty (issue 15 item 11); e-mail and the app do.
      const namesSpecialty = row.channel === 'email' || row.channel === 'in_app';
      expect(text.includes('Невролог'), row.channel).toBe(namesSpecialty);
      expect(text).toContain(russian(addDays(today, 45)));
      if (namesSpecialty) expect(text).toContain('/doctors?specialty=neurologist');
      expect(text).not.toMatch(/G43/i);
      expect(text).not.toContain('Секретова');
    }
    const sms = rows.find((row) => row.channel === 'sms')!;
    expect(sms.recipient).toMatch(/^\+7/);
    const email = rows.find((row) => row.channel === 'email')!;
    expect(email.recipient).toBe(`referral-${patient.accountId}@example.ru`);
  });

  it("refuses a patient outside the doctor's care as not found, audits it, and stores nothing", async () => {
    const res = await issue({ patientId: stranger.patientId, specialty: 'cardiologist' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('PATIENT_NOT_FOUND');
    const audit = await auditEntriesAbout(t.database.db, stranger.patientId);
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'access.denied', actorAccountId: doctor.accountId }),
      ]),
    );
    expect(await referralRowsOf(t.database.db, stranger.patientId)).toEqual([]);
  });

  it.each([
    [{ diagnosisCode: 'простуда' }, 'body.diagnosisCode', 'REFERRAL_DIAGNOSIS_INVALID'],
    [{ validUntil: addDays(today, -1) }, 'body.validUntil', 'REFERRAL_VALIDITY_INVALID'],
    [{ validUntil: addDays(today, 366) }, 'body.validUntil', 'REFERRAL_VALIDITY_INVALID'],
    [{ specialty: 'astrologer' }, 'body.specialty', 'REFERRAL_SPECIALTY_UNKNOWN'],
  ])('answers %o with 400 naming %s', async (change, field, code) => {
    const res = await issue({ patientId: patient.patientId, specialty: 'cardiologist', ...change });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code, errors: [{ field }] });
    expect(res.json().detail).toMatch(/[а-я]/);
  });

  it('accepts a validity of exactly one year and refuses a patient account', async () => {
    const year = await issue({
      patientId: patient.patientId,
      specialty: 'endocrinologist',
      validUntil: addDays(today, 365),
    });
    expect(year.statusCode, year.body).toBe(201);
    const refused = await issue(
      { patientId: patient.patientId, specialty: 'cardiologist' },
      patient.session.headers,
    );
    expect(refused.statusCode).toBe(403);
  });
});

describe('GET /api/v1/referrals', () => {
  it('lists my referrals, filtered by specialty and by whether they can still be used', async () => {
    const db = t.database.db;
    const made = await Promise.all(
      ['pulmonologist', 'pulmonologist', 'pulmonologist'].map(async (specialty) =>
        (await issue({ patientId: patient.patientId, specialty })).json(),
      ),
    );
    await setReferralState(db, made[0].id, { cancelledAt: new Date() });
    await setReferralState(db, made[1].id, { validUntil: addDays(today, -1) });
    expect((await referralRow(db, made[2].id))?.usedByAppointmentId).toBeNull();

    const all = await list(patient.session.headers, { specialty: 'pulmonologist' });
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json().items).toHaveLength(3);
    expect(
      all
        .json()
        .items.map((r: { isUsable: boolean }) => r.isUsable)
        .sort(),
    ).toEqual([false, false, true]);
    const usable = await list(patient.session.headers, { specialty: 'pulmonologist', usable: 'true' });
    expect(usable.json().items.map((r: { id: string }) => r.id)).toEqual([made[2].id]);
    const everything = await list(patient.session.headers);
    expect(everything.json().items.length).toBeGreaterThanOrEqual(6);
  });

  it("shows a ward's referrals to the parent, and refuses a stranger (404)", async () => {
    const made = await issue({ patientId: child.patientId, specialty: 'rheumatologist' });
    expect(made.statusCode, made.body).toBe(201);
    const ward = await list(parent.session.headers, { patientId: child.patientId });
    expect(ward.statusCode).toBe(200);
    expect(ward.json().items.map((r: { id: string }) => r.id)).toEqual([made.json().id]);
    const mine = await list(parent.session.headers);
    expect(mine.json().items.map((r: { id: string }) => r.id)).toContain(made.json().id);
    const refused = await list(stranger.session.headers, { patientId: child.patientId });
    expect(refused.statusCode).toBe(404);
    const bad = await list(stranger.session.headers, { usable: 'yes' });
    expect(bad.statusCode).toBe(400);
  });

  it('lets the patient book the specialty with it once; then it is used', async () => {
    const made = await issue({ patientId: patient.patientId, specialty: 'gastroenterologist' });
    const [slot] = await buildSlots(t.database.db, { specialtyCode: 'gastroenterologist' });
    const without = await book(t, patient.session, { slotId: slot!.id });
    expect(without.json().code).toBe('REFERRAL_REQUIRED');
    const booked = await book(t, patient.session, { slotId: slot!.id, referralId: made.json().id });
    expect(booked.statusCode, booked.body).toBe(201);
    const after = await list(patient.session.headers, { specialty: 'gastroenterologist' });
    expect(after.json().items).toMatchObject([
      { id: made.json().id, usedByAppointmentId: booked.json().id, isUsable: false },
    ]);
    const usable = await list(patient.session.headers, { specialty: 'gastroenterologist', usable: 'true' });
    expect(usable.json().items).toEqual([]);
  });
});
