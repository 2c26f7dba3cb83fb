import { loadConfig } from '@talon/config';
import { createFieldCipher } from '@talon/db';
import {
  attachPatient,
  lastAuditEntry,
  outboxRowsOf,
  patientRow,
  readDataChangeRow,
  setDataChangeDueAt,
} from '@talon/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCode, registerPatient, uniquePhone } from '../../testing/identity-helpers';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { useTestApp } from '../../testing/test-app';
import { expectScanReadOnlyBy, PNG, uploadFile } from '../../testing/upload-helpers';

const t = useTestApp({ worker: true });

type Patient = Awaited<ReturnType<typeof registerPatient>>;
let patient: Patient;
let registrar: StaffSession;
let otherRegistrar: StaffSession;
let systemAdmin: StaffSession;

const file = (session: { headers: Record<string, string> }, body: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/me/data-change-requests',
    headers: session.headers,
    payload: body,
  });
const decide = (staff: StaffSession, id: string, body: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/data-change-requests/${id}/decision`,
    headers: staff.headers,
    payload: body,
  });
const apply = (staff: StaffSession, id: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/data-change-requests/${id}/apply`,
    headers: staff.headers,
  });
const cardOf = async (patientId: string) => (await patientRow(t.database.db, patientId))!;

beforeAll(async () => {
  patient = await registerPatient(t, { email: `patient-${Date.now()}@example.ru` });
  registrar = await createStaffSession(t, 'registrar');
  otherRegistrar = await createStaffSession(t, 'registrar');
  systemAdmin = await createStaffSession(t, 'system_admin');
  await attachPatient(t.database.db, patient.me.patientId, { organizationId: registrar.organizationId! });
});

describe('POST /api/v1/me/data-change-requests (issue 11 item 5)', () => {
  it('files a change of address with a scan: 201 ИЗМ number, «В работе», due in 7 working days, encrypted', async () => {
    const scan = await uploadFile(t, patient.session.headers, 'скан.png', PNG);
    expect(scan.statusCode, scan.body).toBe(201);
    const res = await file(patient.session, {
      category: 'address',
      newValue: 'г. Москва, ул. Профсоюзная, д. 12, кв. 5',
      reason: 'Переезд',
      attachmentIds: [scan.json().id],
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      number: expect.stringMatching(/^ИЗМ-\d{4}-\d{6}$/),
      status: 'in_progress',
      statusLabel: 'В работе',
      attachmentIds: [scan.json().id],
      needsConfirmation: false,
    });
    const days = (Date.parse(created.dueAt) - Date.parse(created.createdAt)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(8);
    const row = await readDataChangeRow(t.database.db, created.id);
    expect(row!.newValueEncrypted).not.toContain('Профсоюзная');
    expect(row!.reasonEncrypted).not.toContain('Переезд');
    const mine = await t.app.inject({
      url: '/api/v1/me/data-change-requests',
      headers: patient.session.headers,
    });
    expect(mine.json().items[0]).toMatchObject({ id: created.id, attachmentIds: [scan.json().id] });

    // The registry of the patient's clinic reads the scan; another clinic's does not (and is audited).
    await expectScanReadOnlyBy(t, scan.json().id, registrar, otherRegistrar);
  });

  it('checks the value by its category, on newValue', async () => {
    const phone = await file(patient.session, {
      category: 'phone',
      newValue: '+1 202 555 0100',
      reason: 'Новый номер',
    });
    expect(phone.statusCode).toBe(400);
    expect(phone.json().errors).toEqual([expect.objectContaining({ field: 'body.newValue' })]);
    const policy = await file(patient.session, {
      category: 'oms_policy',
      newValue: '1234567890123456',
      reason: 'Новый полис',
    });
    expect(policy.statusCode).toBe(400);
    expect(policy.json().errors[0].field).toBe('body.newValue');
  });

  it('refuses someone else’s upload as an attachment', async () => {
    const other = await registerPatient(t);
    const scan = await uploadFile(t, other.session.headers, 'скан.png', PNG);
    const res = await file(patient.session, {
      category: 'other',
      newValue: 'Исправить опечатку в отчестве',
      reason: 'Опечатка',
      attachmentIds: [scan.json().id],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('DATA_CHANGE_ATTACHMENT_INVALID');
  });
});

describe('the status workflow', () => {
  const address = async () =>
    (
      await file(patient.session, {
        category: 'address',
        newValue: 'г. Тверь, ул. Советская, д. 1',
        reason: 'Переезд',
      })
    ).json();

  it('goes «В работе» → «Одобрено» → «Изменения применены» and writes the card; the patient is told', async () => {
    const created = await address();
    const approved = await decide(registrar, created.id, { decision: 'approve', comment: 'Проверено' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'approved',
      statusLabel: 'Одобрено',
      comment: 'Проверено',
    });
    const applied = await apply(registrar, created.id);
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json()).toMatchObject({ status: 'applied', statusLabel: 'Изменения применены' });
    expect((await cardOf(patient.me.patientId)).address).toBe('г. Тверь, ул. Советская, д. 1');
    const notices = (await outboxRowsOf(t.database.db, 'data_change_status')).filter(
      (row) => row.accountId === patient.me.id && row.dedupeKey.startsWith(`data-change:${created.id}:`),
    );
    expect(notices.map((n) => n.channel).sort()).toEqual(['email', 'email', 'in_app', 'in_app']);
  });

  it('refuses illegal transitions with 409 DATA_CHANGE_STATUS_CONFLICT', async () => {
    const early = await address();
    const applyFirst = await apply(registrar, early.id);
    expect(applyFirst.statusCode).toBe(409);
    expect(applyFirst.json().code).toBe('DATA_CHANGE_STATUS_CONFLICT');
    expect((await decide(registrar, early.id, { decision: 'approve' })).statusCode).toBe(200);
    const twice = await decide(registrar, early.id, { decision: 'approve' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'DATA_CHANGE_STATUS_CONFLICT', type: expect.any(String) });

    const rejected = await address();
    expect((await decide(registrar, rejected.id, { decision: 'reject' })).json().code).toBe(
      'DATA_CHANGE_COMMENT_REQUIRED',
    );
    expect(
      (await decide(registrar, rejected.id, { decision: 'reject', comment: 'Нет документа' })).statusCode,
    ).toBe(200);
    const applyRejected = await apply(registrar, rejected.id);
    expect(applyRejected.statusCode).toBe(409);
    expect(applyRejected.json().code).toBe('DATA_CHANGE_STATUS_CONFLICT');
    expect((await decide(registrar, rejected.id, { decision: 'approve' })).statusCode).toBe(409);
  });

  it('refuses staff of another clinic: 404 and an access.denied entry; a system admin may act', async () => {
    const created = await address();
    const res = await decide(otherRegistrar, created.id, { decision: 'approve' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('DATA_CHANGE_NOT_FOUND');
    const denied = await lastAuditEntry(t.database.db, 'access.denied');
    expect(denied).toMatchObject({
      recordId: created.id,
      actorAccountId: otherRegistrar.accountId,
      outcome: 'denied',
    });
    const list = await t.app.inject({
      url: '/api/v1/admin/data-change-requests',
      headers: otherRegistrar.headers,
    });
    expect(list.json().items).toEqual([]);
    expect((await decide(systemAdmin, created.id, { decision: 'approve' })).statusCode).toBe(200);
  });

  it('lists the clinic’s requests for its staff, overdue first, with deadlines', async () => {
    const created = await address();
    await setDataChangeDueAt(t.database.db, created.id, new Date('2020-01-10T00:00:00Z'));
    const list = await t.app.inject({
      url: '/api/v1/admin/data-change-requests',
      headers: registrar.headers,
    });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items[0]).toMatchObject({
      id: created.id,
      isOverdue: true,
      patientId: patient.me.patientId,
    });
    const overdue = await t.app.inject({
      url: '/api/v1/admin/data-change-requests?overdue=true',
      headers: registrar.headers,
    });
    expect(overdue.json().items.map((item: { id: string }) => item.id)).toEqual([created.id]);
    const patientCall = await t.app.inject({
      url: '/api/v1/admin/data-change-requests',
      headers: patient.session.headers,
    });
    expect(patientCall.statusCode).toBe(403);
  });
});

describe('a new phone or e-mail is confirmed by a code sent to it', () => {
  it('applies a new phone only after the code sent to it was entered', async () => {
    const phone = uniquePhone();
    const created = (
      await file(patient.session, { category: 'phone', newValue: phone, reason: 'Новый номер' })
    ).json();
    expect(created.needsConfirmation).toBe(true);
    expect((await decide(registrar, created.id, { decision: 'approve' })).statusCode).toBe(200);
    const early = await apply(registrar, created.id);
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('DATA_CHANGE_NOT_CONFIRMED');

    const code = await readCode(t, phone);
    const wrong = await t.app.inject({
      method: 'POST',
      url: `/api/v1/me/data-change-requests/${created.id}/confirm`,
      headers: patient.session.headers,
      payload: { code: code === '000000' ? '111111' : '000000' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('CODE_INVALID');
    const confirmed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/me/data-change-requests/${created.id}/confirm`,
      headers: patient.session.headers,
      payload: { code },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().needsConfirmation).toBe(false);
    expect((await apply(registrar, created.id)).statusCode).toBe(200);
    expect((await cardOf(patient.me.patientId)).phone).toBe(phone);
  });

  it('sends an e-mail change’s code by e-mail, and takes no code for an address change', async () => {
    const email = `new-${Date.now()}@example.ru`;
    const created = (
      await file(patient.session, { category: 'email', newValue: email, reason: 'Новая почта' })
    ).json();
    const code = await readCode(t, email);
    expect(code).toMatch(/^\d{6}$/);
    const address = (
      await file(patient.session, {
        category: 'address',
        newValue: 'г. Тула, ул. Ленина, д. 2',
        reason: 'Переезд',
      })
    ).json();
    const noCode = await t.app.inject({
      method: 'POST',
      url: `/api/v1/me/data-change-requests/${address.id}/confirm`,
      headers: patient.session.headers,
      payload: { code },
    });
    expect(noCode.statusCode).toBe(409);
    expect(noCode.json().code).toBe('DATA_CHANGE_CODE_NOT_AVAILABLE');
    expect(created.status).toBe('in_progress');
  });

  it('writes a policy encrypted with its look-up hash', async () => {
    const oms = '7700000000000016';
    const created = (
      await file(patient.session, { category: 'oms_policy', newValue: oms, reason: 'Новый полис' })
    ).json();
    await decide(registrar, created.id, { decision: 'approve' });
    expect((await apply(registrar, created.id)).statusCode).toBe(200);
    const card = await cardOf(patient.me.patientId);
    const cipher = createFieldCipher(loadConfig({ NODE_ENV: 'test' }).secrets);
    expect(card.omsHash).toBe(cipher.lookupHash(oms));
    expect(card.omsEncrypted).not.toContain(oms);
  });
});
