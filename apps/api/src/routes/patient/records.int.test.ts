import { loadConfig } from '@talon/config';
import { schema } from '@talon/db';
import {
  attachPatient,
  auditEntriesAbout,
  type BuiltRecord,
  buildMedicalRecord,
  buildPractitioner,
  buildRegisteredPatient,
  practitionerOrganizationId,
} from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPatient, type Session } from '../../testing/identity-helpers';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let owner: Awaited<ReturnType<typeof registerPatient>>;
let record: BuiltRecord;
let clinicId: string;
let practitionerId: string;
let doctor: StaffSession;
const keys = loadConfig({ NODE_ENV: 'test' }).secrets;

const READS = [
  '/api/v1/records/summary',
  '/api/v1/records/encounters',
  '/api/v1/records/conditions',
  '/api/v1/records/observations',
  '/api/v1/records/observations/trend?code=718-7',
  '/api/v1/records/documents',
  '/api/v1/records/prescriptions',
  '/api/v1/records/immunizations',
  '/api/v1/records/coverage',
];

const withPatient = (url: string, patientId: string) =>
  `${url}${url.includes('?') ? '&' : '?'}patientId=${patientId}`;
const get = (url: string, session: Pick<Session, 'headers'>) =>
  t.app.inject({ url, headers: session.headers });
const recordReads = async (patientId: string) =>
  (await auditEntriesAbout(t.database.db, patientId)).filter((e) => e.action === 'record.read');
const denials = async (patientId: string) =>
  (await auditEntriesAbout(t.database.db, patientId)).filter((e) => e.action === 'access.denied');

beforeAll(async () => {
  t = await createTestApp({ worker: true });
  owner = await registerPatient(t);
  const practitioner = await buildPractitioner(t.database.db, { surname: 'Кардиологова' });
  practitionerId = practitioner.id;
  clinicId = await practitionerOrganizationId(t.database.db, practitioner.id);
  // Attached to the doctor's clinic: a care relation (docs/domain.md rule 16).
  await attachPatient(t.database.db, owner.me.patientId, { organizationId: clinicId });
  record = await buildMedicalRecord(t.database.db, keys, {
    patientId: owner.me.patientId,
    practitionerId,
    organizationId: clinicId,
  });
  doctor = await createStaffSession(t, 'doctor', { organizationId: clinicId, practitionerId });
});
afterAll(() => t?.close());

describe('the owner reads their medical record', () => {
  it('answers every part of the record, each read audited once', async () => {
    const before = (await recordReads(owner.me.patientId)).length;
    for (const url of READS) {
      const res = await get(url, owner.session);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      expect(res.headers['cache-control']).toBe('private, no-store');
    }
    const reads = await recordReads(owner.me.patientId);
    expect(reads.length - before).toBe(READS.length);
    expect(reads.at(-1)).toMatchObject({ actorAccountId: owner.me.id, outcome: 'success' });
    expect(reads.at(-1)?.details).toMatchObject({ basis: 'self' });
  });

  it('shows the summary: the policy, active diagnoses, the latest result out of range, counts', async () => {
    const res = await get('/api/v1/records/summary', owner.session);
    const summary = res.json();
    expect(summary.coverage).toMatchObject({
      status: 'active',
      numberMasked: expect.stringMatching(/^\*{12}\d{4}$/),
    });
    expect(summary.activeConditions).toEqual([
      expect.objectContaining({ code: 'J06.9', role: 'primary', encounterId: record.encounterId }),
    ]);
    expect(summary.latestOutOfRange.map((o: { code: string }) => o.code)).toEqual(['14749-6']);
    expect(summary.counts).toEqual({
      encounters: 1,
      conditions: 1,
      observations: 2,
      documents: 1,
      prescriptions: 1,
      immunizations: 1,
    });
  });

  it('lists observations with code, name, value, unit, range, interpretation and time; filters by code and period', async () => {
    const all = (await get('/api/v1/records/observations', owner.session)).json().items;
    expect(all).toHaveLength(2);
    expect(all.find((o: { code: string }) => o.code === '14749-6')).toMatchObject({
      name: 'Глюкоза',
      value: 7.2,
      unit: 'mmol/L',
      referenceRange: { low: 3.9, high: 6.1 },
      interpretation: 'H',
      effective: '2026-10-01T09:00:00.000Z',
    });
    const one = (await get('/api/v1/records/observations?code=718-7', owner.session)).json().items;
    expect(one.map((o: { value: number }) => o.value)).toEqual([135]);
    const later = await get('/api/v1/records/observations?from=2026-10-02T00:00:00Z', owner.session);
    expect(later.json().items).toEqual([]);
    const backwards = await get(
      '/api/v1/records/observations?from=2026-10-02T00:00:00Z&to=2026-10-01T00:00:00Z',
      owner.session,
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({ code: 'RECORD_PERIOD_INVALID' });
    const bad = await get('/api/v1/records/observations?from=вчера', owner.session);
    expect(bad.statusCode).toBe(400);
  });

  it('gives the trend of one analyte, the visit with its diagnosis, documents by type and the PDF', async () => {
    const trend = (await get('/api/v1/records/observations/trend?code=14749-6', owner.session)).json();
    expect(trend).toMatchObject({ code: '14749-6', name: 'Глюкоза', unit: 'mmol/L' });
    expect(trend.points.map((p: { value: number }) => p.value)).toEqual([7.2]);
    const visits = (await get('/api/v1/records/encounters', owner.session)).json().items;
    expect(visits[0]).toMatchObject({
      status: 'finished',
      complaints: 'Кашель, температура 37,8 °C третий день',
      practitioner: { id: practitionerId },
      conditions: [expect.objectContaining({ code: 'J06.9' })],
    });
    const docs = (await get('/api/v1/records/documents?type=discharge-summary', owner.session)).json().items;
    expect(docs).toEqual([
      expect.objectContaining({
        id: record.documentId,
        type: { code: 'discharge-summary', name: 'Выписной эпикриз' },
        isSigned: false,
        fileUrl: `/api/v1/records/documents/${record.documentId}/file`,
      }),
    ]);
    expect((await get('/api/v1/records/documents?type=visit-protocol', owner.session)).json().items).toEqual(
      [],
    );
    const pdf = await get(`/api/v1/records/documents/${record.documentId}/file`, owner.session);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.equals(record.pdf)).toBe(true);
    const prescriptions = (await get('/api/v1/records/prescriptions', owner.session)).json().items;
    expect(prescriptions[0]).toMatchObject({ status: 'signed', medicine: { name: 'Амлодипин' } });
  });
});

describe('who else may read it (docs/domain.md rules 16, 24)', () => {
  it('a representative reads the ward’s record, audited as acting for the ward', async () => {
    const parent = await registerPatient(t);
    const child = await buildRegisteredPatient(t.database.db, keys, {
      surname: 'Детская',
      name: 'Вера',
      birthDate: '2019-04-01',
    });
    await t.database.db.insert(schema.representativeLinks).values({
      representativePatientId: parent.me.patientId,
      wardPatientId: child.id,
      relation: 'parent',
      status: 'active',
    });
    await buildMedicalRecord(t.database.db, keys, {
      patientId: child.id,
      practitionerId,
      organizationId: clinicId,
    });
    for (const url of READS) {
      const res = await get(withPatient(url, child.id), parent.session);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    }
    const reads = await recordReads(child.id);
    expect(reads).toHaveLength(READS.length);
    expect(reads[0]).toMatchObject({
      actorAccountId: parent.me.id,
      onBehalfOfPatientId: parent.me.patientId,
    });
    expect(reads[0]?.details).toMatchObject({ basis: 'representative' });
  });

  it('a doctor with a care relation reads it; one without is answered 404 and the refusal audited', async () => {
    const res = await get(withPatient('/api/v1/records/observations', owner.me.patientId), doctor);
    expect(res.statusCode).toBe(200);
    expect((await recordReads(owner.me.patientId)).at(-1)).toMatchObject({
      actorAccountId: doctor.accountId,
      details: expect.objectContaining({ basis: 'care' }),
    });
    const stranger = await buildPractitioner(t.database.db);
    const otherDoctor = await createStaffSession(t, 'doctor', {
      organizationId: await practitionerOrganizationId(t.database.db, stranger.id),
      practitionerId: stranger.id,
    });
    for (const url of READS) {
      const refused = await get(withPatient(url, owner.me.patientId), otherDoctor);
      expect(refused.statusCode, url).toBe(404);
      expect(refused.json().code).toBe('PATIENT_NOT_FOUND');
    }
    expect(
      (await denials(owner.me.patientId)).filter((e) => e.actorAccountId === otherDoctor.accountId),
    ).toHaveLength(READS.length);
  });

  it('refuses the registrar and the clinic admin of the patient’s own clinic: no medical reads (404, audited)', async () => {
    for (const role of ['registrar', 'clinic_admin'] as const) {
      const staff = await createStaffSession(t, role, { organizationId: clinicId });
      for (const url of [...READS, `/api/v1/records/documents/${record.documentId}/file`]) {
        const refused = await get(withPatient(url, owner.me.patientId), staff);
        expect(refused.statusCode, `${role} ${url}`).toBe(404);
      }
      expect((await denials(owner.me.patientId)).some((e) => e.actorAccountId === staff.accountId)).toBe(
        true,
      );
    }
  });

  it('refuses a booking-consent proxy and another patient alike (404), and staff naming nobody (400)', async () => {
    const proxy = await registerPatient(t);
    await t.database.db.insert(schema.consents).values({
      patientId: owner.me.patientId,
      purpose: 'booking_on_behalf',
      textVersion: 'sms-code',
      granteePatientId: proxy.me.patientId,
    });
    const stranger = await registerPatient(t);
    for (const session of [proxy.session, stranger.session]) {
      for (const url of READS) {
        expect((await get(withPatient(url, owner.me.patientId), session)).statusCode, url).toBe(404);
      }
      const pdf = await get(`/api/v1/records/documents/${record.documentId}/file`, session);
      expect(pdf.statusCode).toBe(404);
    }
    const unknown = await get(
      `/api/v1/records/documents/00000000-0000-4000-8000-000000000000/file`,
      owner.session,
    );
    expect(unknown.json()).toMatchObject({ status: 404, code: 'DOCUMENT_NOT_FOUND' });
    const nobody = await get('/api/v1/records/summary', doctor);
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json()).toMatchObject({ code: 'RECORD_PATIENT_REQUIRED' });
  });
});
