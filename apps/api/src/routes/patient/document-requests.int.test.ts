import { createHash, randomUUID } from 'node:crypto';
import { loadConfig } from '@talon/config';
import { createFieldCipher, createRecordsRepos, inspectSignature, issueDemoCertificates } from '@talon/db';
import {
  attachPatient,
  auditEntriesAbout,
  type BuiltRecord,
  buildMedicalRecord,
  buildSigningDoctor,
  documentVerificationCode,
  outboxRowsOf,
  setAccountEmail,
} from '@talon/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerPatient, type Session } from '../../testing/identity-helpers';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { useTestApp } from '../../testing/test-app';

/**
 * Certificates and extracts (issue 11 item 6) and the public check (issue 12 item 6), through the HTTP API
 * on PGlite and PostgreSQL: numbers, reuse of the last request, the clinic's and the doctor's signatures
 * (verified by `inspectSignature`), the verify and check endpoints, revocation, access and the rate limit.
 */
const t = useTestApp({ worker: true });
const keys = loadConfig({ NODE_ENV: 'test' }).secrets;
const CLINIC = 'ГБУЗ «Городская поликлиника № 12»';
const DOCTOR = 'Соколова Мария Андреевна';

let owner: Awaited<ReturnType<typeof registerPatient>>;
let stranger: Awaited<ReturnType<typeof registerPatient>>;
let record: BuiltRecord;
let clinicId: string;
let practitionerId: string;
let doctor: StaffSession;
let admin: StaffSession;

const order = (session: Pick<Session, 'headers'>, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/document-requests', headers: session.headers, payload });
const download = async (session: Pick<Session, 'headers'>, fileUrl: string) => {
  const res = await t.app.inject({ url: fileUrl, headers: session.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.rawPayload;
};
const verify = (sha256: string) => t.app.inject({ url: `/api/v1/documents/verify?sha256=${sha256}` });
const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const codeOf = async (documentId: string) =>
  (await documentVerificationCode(t.database.db, documentId)) as string;

beforeAll(async () => {
  owner = await registerPatient(t);
  stranger = await registerPatient(t);
  ({ practitionerId, organizationId: clinicId } = await buildSigningDoctor(t.database.db, CLINIC));
  await attachPatient(t.database.db, owner.me.patientId, { organizationId: clinicId });
  record = await buildMedicalRecord(t.database.db, keys, {
    patientId: owner.me.patientId,
    practitionerId,
    organizationId: clinicId,
  });
  await issueDemoCertificates(t.database.db, createFieldCipher(keys), {
    secret: Buffer.alloc(32, 7),
    label: 'document-requests',
    holders: [
      { kind: 'practitioner', id: practitionerId, name: { commonName: DOCTOR, organization: CLINIC } },
      { kind: 'organization', id: clinicId, name: { commonName: CLINIC, organization: CLINIC } },
    ],
  });
  doctor = await createStaffSession(t, 'doctor', { organizationId: clinicId, practitionerId });
  admin = await createStaffSession(t, 'clinic_admin', { organizationId: clinicId });
});

let vaccination: { id: string; documentId: string; fileUrl: string; number: string };

describe('a vaccination certificate, generated from the record', () => {
  it('is numbered СПР-…, ready at once, signed with the clinic certificate; its sha256 verifies', async () => {
    const res = await order(owner.session, { type: 'vaccination-certificate', purpose: 'для работы' });
    expect(res.statusCode, res.body).toBe(201);
    vaccination = res.json();
    expect(vaccination).toMatchObject({
      number: expect.stringMatching(/^СПР-\d{4}-\d{6}$/),
      status: 'ready',
      type: 'vaccination-certificate',
      title: 'Сертификат о профилактических прививках',
    });
    const pdf = await download(owner.session, vaccination.fileUrl);
    const signature = await inspectSignature(pdf);
    expect(signature).toMatchObject({ isSigned: true, isIntact: true, signerName: CLINIC });

    const check = await verify(sha256Of(pdf));
    expect(check.statusCode).toBe(200);
    expect(check.json()).toMatchObject({
      found: true,
      status: 'valid',
      documentType: 'Сертификат о профилактических прививках',
      organization: CLINIC,
      signed: true,
      signerName: CLINIC,
    });
    // Never the patient's name.
    expect(check.body).not.toMatch(/Иванова|Петровна/);
    const unknown = await verify('0'.repeat(64));
    expect(unknown.json()).toEqual({ found: false });
  });

  it('ordering again reuses the last request while the record did not change; a new vaccination makes a new one', async () => {
    const again = await order(owner.session, { type: 'vaccination-certificate', purpose: '  Для   работы ' });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ id: vaccination.id, number: vaccination.number });

    const otherPurpose = await order(owner.session, {
      type: 'vaccination-certificate',
      purpose: 'для школы',
    });
    expect(otherPurpose.statusCode).toBe(201);

    await createRecordsRepos(t.database.db, createFieldCipher(keys)).immunizations.create({
      id: randomUUID(),
      patientId: owner.me.patientId,
      encounterId: null,
      vaccineCode: 'influenza',
      vaccineName: 'Вакцина для профилактики гриппа',
      occurrenceDate: '2026-11-01',
      doseNumber: 1,
      lotNumber: 'A-17',
      organizationId: clinicId,
      performerName: null,
      at: new Date(),
    });
    const afterChange = await order(owner.session, {
      type: 'vaccination-certificate',
      purpose: 'для работы',
    });
    expect(afterChange.statusCode).toBe(201);
    expect(afterChange.json().id).not.toBe(vaccination.id);
    expect(afterChange.json().number).not.toBe(vaccination.number);
  });

  it('lists the requests and announces a ready one by e-mail with a link, never the content', async () => {
    const list = await t.app.inject({ url: '/api/v1/document-requests', headers: owner.session.headers });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((r: { id: string }) => r.id)).toContain(vaccination.id);

    const noEmail = await t.app.inject({
      method: 'POST',
      url: `/api/v1/document-requests/${vaccination.id}/email`,
      headers: owner.session.headers,
    });
    expect(noEmail.json()).toMatchObject({ code: 'DOCUMENT_REQUEST_EMAIL_REQUIRED' });
    await setAccountEmail(t.database.db, owner.me.id, 'anna@example.ru');
    const sent = await t.app.inject({
      method: 'POST',
      url: `/api/v1/document-requests/${vaccination.id}/email`,
      headers: owner.session.headers,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toEqual({ sentTo: 'a***@example.ru' });
    const rows = await outboxRowsOf(t.database.db, 'document_ready');
    expect(rows).toHaveLength(1);
  });

  it('are in «История обращений» with their number and status in words', async () => {
    const res = await t.app.inject({
      url: '/api/v1/me/request-history?type=document_request',
      headers: owner.session.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const items: { id: string; type: string }[] = res.json().items;
    expect(new Set(items.map((item) => item.type))).toEqual(new Set(['document_request']));
    expect(items.find((item) => item.id === vaccination.id)).toMatchObject({
      number: vaccination.number,
      status: 'ready',
      statusLabel: 'Готов',
    });
  });
});

describe('other automatic documents', () => {
  it('a lab extract needs a period and is numbered ВЫП-…', async () => {
    const missing = await order(owner.session, { type: 'lab-results-extract' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'DOCUMENT_REQUEST_PERIOD_REQUIRED' });
    const res = await order(owner.session, {
      type: 'lab-results-extract',
      period: { from: '2026-09-01', to: '2026-10-31' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ number: expect.stringMatching(/^ВЫП-\d{4}-\d{6}$/), status: 'ready' });
    const empty = await order(owner.session, {
      type: 'lab-results-extract',
      period: { from: '2025-01-01', to: '2025-02-01' },
    });
    expect(empty.json()).toMatchObject({ code: 'DOCUMENT_REQUEST_NOTHING_TO_ISSUE' });
  });

  it('a visit certificate names one of the patient’s finished visits', async () => {
    const missing = await order(owner.session, { type: 'visit-certificate' });
    expect(missing.json()).toMatchObject({ code: 'DOCUMENT_REQUEST_VISIT_REQUIRED' });
    const res = await order(owner.session, {
      type: 'visit-certificate',
      visitId: record.encounterId,
      purpose: 'для работы',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'ready', visitId: record.encounterId });
    const pdf = await download(owner.session, res.json().fileUrl);
    expect((await inspectSignature(pdf)).isIntact).toBe(true);
  });
});

describe('a pool certificate waits for a doctor', () => {
  it('is awaiting_signature, reused while it waits, and signed by the doctor through the API', async () => {
    const res = await order(owner.session, { type: 'pool-certificate', purpose: 'бассейн' });
    expect(res.statusCode, res.body).toBe(201);
    const waiting = res.json();
    expect(waiting).toMatchObject({ status: 'awaiting_signature', documentId: null, fileUrl: null });
    const again = await order(owner.session, { type: 'pool-certificate', purpose: 'бассейн' });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(waiting.id);

    const sign = (session: Pick<Session, 'headers'>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/practitioner/document-requests/${waiting.id}/sign`,
        headers: session.headers,
        payload: {},
      });
    expect((await sign(owner.session)).statusCode).toBe(403);
    const signed = await sign(doctor);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ id: waiting.id, status: 'ready' });
    const pdf = await download(owner.session, signed.json().fileUrl);
    expect(await inspectSignature(pdf)).toMatchObject({ isSigned: true, isIntact: true, signerName: DOCTOR });
    expect((await verify(sha256Of(pdf))).json()).toMatchObject({ status: 'valid', signerName: DOCTOR });
    const twice = await sign(doctor);
    expect(twice.json()).toMatchObject({ code: 'DOCUMENT_REQUEST_STATUS_CONFLICT' });
    expect((await auditEntriesAbout(t.database.db, owner.me.patientId)).map((e) => e.action)).toContain(
      'document_request.sign',
    );
  });
});

describe('access', () => {
  it("another patient's requests and documents are not found (404)", async () => {
    const list = await t.app.inject({
      url: `/api/v1/document-requests?patientId=${owner.me.patientId}`,
      headers: stranger.session.headers,
    });
    expect(list.statusCode).toBe(404);
    expect(
      (await t.app.inject({ url: vaccination.fileUrl, headers: stranger.session.headers })).statusCode,
    ).toBe(404);
    const email = await t.app.inject({
      method: 'POST',
      url: `/api/v1/document-requests/${vaccination.id}/email`,
      headers: stranger.session.headers,
    });
    expect(email.statusCode).toBe(404);
    const foreign = await order(stranger.session, {
      type: 'vaccination-certificate',
      patientId: owner.me.patientId,
    });
    expect(foreign.statusCode).toBe(404);
  });
});

describe('revocation and the QR check page', () => {
  it('a clinic admin revokes; verify and the check page then say revoked', async () => {
    const pdf = await download(owner.session, vaccination.fileUrl);
    const code = await codeOf(vaccination.documentId);
    const before = await t.app.inject({ url: `/api/v1/documents/check/${code}` });
    expect(before.json()).toMatchObject({ found: true, status: 'valid', sha256: sha256Of(pdf) });

    const revoke = (session: Pick<Session, 'headers'>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/documents/${vaccination.documentId}/revoke`,
        headers: session.headers,
        payload: { reason: 'Ошибка в дате прививки' },
      });
    expect((await revoke(doctor)).statusCode).toBe(403);
    const revoked = await revoke(admin);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'revoked' });
    expect((await verify(sha256Of(pdf))).json()).toMatchObject({ found: true, status: 'revoked' });
    expect((await t.app.inject({ url: `/api/v1/documents/check/${code}` })).json()).toMatchObject({
      status: 'revoked',
    });
    expect((await revoke(admin)).json()).toMatchObject({ code: 'DOCUMENT_ALREADY_REVOKED' });
    const unknown = await t.app.inject({ url: `/api/v1/documents/check/${'x'.repeat(32)}` });
    expect(unknown.statusCode).toBe(404);
  });

  it('verify is rate-limited per client address (429 with Retry-After)', async () => {
    let last = await verify('1'.repeat(64));
    for (let i = 0; i < 40 && last.statusCode === 200; i++) last = await verify('1'.repeat(64));
    expect(last.statusCode).toBe(429);
    expect(last.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(last.headers['retry-after'])).toBeGreaterThan(0);
  });
});
