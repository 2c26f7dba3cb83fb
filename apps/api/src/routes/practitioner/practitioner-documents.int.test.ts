import { createHash } from 'node:crypto';
import { loadConfig } from '@talon/config';
import { createFieldCipher, inspectSignature, issueDemoCertificates } from '@talon/db';
import { attachPatient, auditEntriesAbout, buildMedicalRecord, buildSigningDoctor } from '@talon/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerPatient } from '../../testing/identity-helpers';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { useTestApp } from '../../testing/test-app';

/**
 * The practitioner's documents (issue 12 item 5): a discharge summary prefilled from the record, edited,
 * signed with the doctor's certificate (verified by `inspectSignature`), immutable once signed, corrected
 * by a superseding document; the patient sees it; no care relation → 404 and `access.denied`.
 */
const t = useTestApp({ worker: true });
const keys = loadConfig({ NODE_ENV: 'test' }).secrets;
const CLINIC = 'ГБУЗ «Городская поликлиника № 7»';
const DOCTOR = 'Орлова Анна Викторовна';

let patient: Awaited<ReturnType<typeof registerPatient>>;
let doctor: StaffSession;
let outsider: StaffSession;
let documentId: string;

const api = (session: StaffSession, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, payload });

beforeAll(async () => {
  patient = await registerPatient(t);
  const { practitionerId, organizationId } = await buildSigningDoctor(t.database.db, CLINIC);
  await attachPatient(t.database.db, patient.me.patientId, { organizationId });
  await buildMedicalRecord(t.database.db, keys, {
    patientId: patient.me.patientId,
    practitionerId,
    organizationId,
  });
  await issueDemoCertificates(t.database.db, createFieldCipher(keys), {
    secret: Buffer.alloc(32, 9),
    label: 'practitioner-documents',
    holders: [
      { kind: 'practitioner', id: practitionerId, name: { commonName: DOCTOR, organization: CLINIC } },
    ],
  });
  doctor = await createStaffSession(t, 'doctor', { organizationId, practitionerId });
  const other = await buildSigningDoctor(t.database.db, 'ГБУЗ «Поликлиника № 99»');
  outsider = await createStaffSession(t, 'doctor', other);
});

describe('a discharge summary', () => {
  it('is a draft prefilled from the record: the diagnoses with ICD-10, the results of the period', async () => {
    const res = await api(doctor, 'POST', '/practitioner/documents', {
      patientId: patient.me.patientId,
      kind: 'discharge-summary',
      from: '2026-09-01',
      to: '2026-10-31',
    });
    expect(res.statusCode, res.body).toBe(201);
    const draft = res.json();
    documentId = draft.id;
    expect(draft).toMatchObject({
      status: 'draft',
      kind: 'discharge-summary',
      number: expect.stringMatching(/^ДОК-\d{4}-\d{6}$/),
      period: { from: '2026-09-01', to: '2026-10-31' },
      fileUrl: null,
    });
    expect(draft.sections.diagnoses).toContain('J06.9');
    expect(draft.sections.results).toContain('Гемоглобин');
  });

  it('refuses a period that ends before it starts (400 with the field)', async () => {
    const res = await api(doctor, 'POST', '/practitioner/documents', {
      patientId: patient.me.patientId,
      kind: 'discharge-summary',
      from: '2026-10-01',
      to: '2026-09-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'PRACTITIONER_DOCUMENT_PERIOD_INVALID' });
  });

  it('is edited, then signed with the doctor’s own certificate and shown to the patient', async () => {
    const saved = await api(doctor, 'PUT', `/practitioner/documents/${documentId}`, {
      sections: {
        course: 'Амоксициллин 500 мг 3 раза в день, 7 дней.',
        outcome: 'Выписана в удовлетворительном состоянии.',
        recommendations: 'Наблюдение терапевта по месту жительства.',
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().sections.outcome).toBe('Выписана в удовлетворительном состоянии.');

    const awaiting = await api(doctor, 'GET', '/practitioner/documents?status=awaiting_signature');
    expect(awaiting.json().documents.map((d: { id: string }) => d.id)).toContain(documentId);

    const signed = await api(doctor, 'POST', `/practitioner/documents/${documentId}/sign`);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'signed', checkUrl: expect.stringMatching(/^\/check\//) });

    const file = await api(doctor, 'GET', `/practitioner/documents/${documentId}/file`);
    expect(file.statusCode).toBe(200);
    expect(await inspectSignature(file.rawPayload)).toMatchObject({
      isSigned: true,
      isIntact: true,
      signerName: DOCTOR,
    });

    const mine = await t.app.inject({
      url: '/api/v1/records/documents?type=discharge-summary',
      headers: patient.session.headers,
    });
    const shown = mine.json().items.find((d: { id: string }) => d.id === signed.json().documentId);
    expect(shown).toMatchObject({
      signed: true,
      isSigned: true,
      title: expect.stringContaining('Выписной эпикриз'),
    });
  });

  it('is never edited nor signed again once signed (409)', async () => {
    const edit = await api(doctor, 'PUT', `/practitioner/documents/${documentId}`, {
      sections: { outcome: 'Другое' },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toMatchObject({ code: 'PRACTITIONER_DOCUMENT_SIGNED' });
    const again = await api(doctor, 'POST', `/practitioner/documents/${documentId}/sign`);
    expect(again.json()).toMatchObject({ code: 'PRACTITIONER_DOCUMENT_SIGNED' });
  });

  it('is corrected by a new document that supersedes it; the old one still verifies, as superseded', async () => {
    const before = await api(doctor, 'GET', `/practitioner/documents/${documentId}/file`);
    const oldSha = createHash('sha256').update(before.rawPayload).digest('hex');

    const correction = await api(doctor, 'POST', '/practitioner/documents', {
      patientId: patient.me.patientId,
      kind: 'discharge-summary',
      supersedesId: documentId,
    });
    expect(correction.statusCode, correction.body).toBe(201);
    expect(correction.json()).toMatchObject({ supersedesId: documentId, status: 'draft' });
    expect(correction.json().sections.outcome).toBe('Выписана в удовлетворительном состоянии.');

    const second = await api(doctor, 'POST', '/practitioner/documents', {
      patientId: patient.me.patientId,
      kind: 'discharge-summary',
      supersedesId: documentId,
    });
    expect(second.json()).toMatchObject({ code: 'PRACTITIONER_DOCUMENT_NOT_SUPERSEDABLE' });

    const signed = await api(doctor, 'POST', `/practitioner/documents/${correction.json().id}/sign`);
    expect(signed.statusCode, signed.body).toBe(200);

    const old = await api(doctor, 'GET', `/practitioner/documents/${documentId}`);
    expect(old.json().status).toBe('superseded');
    const check = await t.app.inject({ url: `/api/v1/documents/verify?sha256=${oldSha}` });
    expect(check.json()).toMatchObject({ found: true, status: 'superseded', signerName: DOCTOR });

    const list = await api(doctor, 'GET', '/practitioner/documents?status=signed&kind=discharge-summary');
    expect(
      list
        .json()
        .documents.map((d: { status: string }) => d.status)
        .sort(),
    ).toEqual(['signed', 'superseded']);
  });
});

describe('access', () => {
  it('a practitioner without a care relation gets 404 and an access.denied entry', async () => {
    const res = await api(outsider, 'POST', '/practitioner/documents', {
      patientId: patient.me.patientId,
      kind: 'medical-certificate',
    });
    expect(res.statusCode).toBe(404);
    const entries = await auditEntriesAbout(t.database.db, patient.me.patientId);
    expect(entries.some((e) => e.action === 'access.denied')).toBe(true);

    const another = await api(outsider, 'GET', `/practitioner/documents/${documentId}`);
    expect(another.statusCode).toBe(404);
    expect(another.json()).toMatchObject({ code: 'PRACTITIONER_DOCUMENT_NOT_FOUND' });
  });

  it('a patient is not a practitioner', async () => {
    const res = await t.app.inject({
      url: '/api/v1/practitioner/documents',
      headers: patient.session.headers,
    });
    expect(res.statusCode).toBe(403);
  });
});
