import { randomInt } from 'node:crypto';
import { formatSnils, omsCheckDigit } from '@talon/core/identifiers';
import { dueDate } from '@talon/core/privacy';
import { fixedClock } from '@talon/core/shared';
import { createAuditRepository } from '@talon/db';
import { attachPatient, buildOrganization, readDataRequestRow } from '@talon/testing';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSession, PASSWORD, registerPatient } from '../../testing/identity-helpers';
import { createStaffSession } from '../../testing/staff-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

const clock = fixedClock(new Date());
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ worker: true, clock });
});
afterAll(() => t?.close());

const uniqueOms = () => {
  const first15 = `77${String(randomInt(0, 1e13)).padStart(13, '0')}`;
  return `${first15}${omsCheckDigit(first15)}`;
};
const get = (url: string, headers: Record<string, string>) => t.app.inject({ url, headers });
const post = (url: string, headers: Record<string, string>, payload: unknown = {}) =>
  t.app.inject({ method: 'POST', url, headers, payload: payload as Record<string, unknown> });
const auditOf = (personId: string) =>
  createAuditRepository(t.database.db).search({ personId, page: 1, pageSize: 100 });

describe('my profile', () => {
  it('shows my card with SNILS and OMS masked, in full only for the password again, each read audited', async () => {
    const oms = uniqueOms();
    const { body, session, me } = await registerPatient(t, { oms });
    const snils = body.snils as string;
    const organization = await buildOrganization(t.database.db);
    await attachPatient(t.database.db, me.patientId, {
      organizationId: organization.id,
      district: '12',
      since: '2024-02-01',
    });

    const masked = await get('/api/v1/me/profile', session.headers);
    expect(masked.statusCode, masked.body).toBe(200);
    expect(masked.headers['cache-control']).toBe('no-store');
    expect(masked.json()).toMatchObject({
      id: me.patientId,
      surname: 'Иванова',
      name: 'Мария',
      patronymic: 'Петровна',
      birthDate: '1985-03-05',
      sex: 'female',
      snils: `***-***-${formatSnils(snils).slice(8)}`,
      oms: `************${oms.slice(-4)}`,
      phone: body.phone,
      attachment: { organizationId: organization.id, organizationName: organization.name, district: '12' },
    });
    expect(masked.body).not.toContain(snils.slice(0, 6));

    // The old query parameter reveals nothing any more (issue 15, item 10).
    const asked = await get('/api/v1/me/profile?reveal=true', session.headers);
    expect(asked.json().snils).toBe(`***-***-${formatSnils(snils).slice(8)}`);
    const noPassword = await post('/api/v1/me/profile/reveal', session.headers, {});
    expect(noPassword.statusCode).toBe(400);
    const wrong = await post('/api/v1/me/profile/reveal', session.headers, { password: 'Неверный-1' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('PASSWORD_MISMATCH');
    expect(wrong.body).not.toContain(snils.slice(0, 6));
    const full = await post('/api/v1/me/profile/reveal', session.headers, { password: PASSWORD });
    expect(full.statusCode, full.body).toBe(200);
    expect(full.headers['cache-control']).toBe('no-store');
    expect(full.json()).toMatchObject({ snils: formatSnils(snils), oms });

    const reads = (await auditOf(me.patientId)).items.filter((e) => e.action === 'patient.read');
    expect(reads.map((e) => e.details)).toEqual([
      { view: 'identifiers', revealed: ['snils', 'oms'] },
      { view: 'profile' },
      { view: 'profile' },
      { view: 'profile' },
    ]);
    expect(reads[0]).toMatchObject({ actorAccountId: me.id, actorRole: 'patient', recordId: me.patientId });
  });
});

describe('consents', () => {
  it('lists the registration consent and withdrawing it opens a 30-day deletion request', async () => {
    const { session, me } = await registerPatient(t);
    const list = await get('/api/v1/me/consents', session.headers);
    expect(list.statusCode).toBe(200);
    const [consent] = list.json().items;
    expect(consent).toMatchObject({ purpose: 'personal_data', textVersion: '2026-11-01', revokedAt: null });

    const revoked = await post(`/api/v1/me/consents/${consent.id}/revoke`, session.headers);
    expect(revoked.statusCode, revoked.body).toBe(200);
    const { deletionRequest } = revoked.json();
    expect(revoked.json().consent.revokedAt).toBe(clock.now().toISOString());
    expect(deletionRequest).toMatchObject({ kind: 'deletion', status: 'received', isOverdue: false });
    expect(deletionRequest.dueAt).toBe(dueDate('deletion', clock.now()).toISOString());

    const again = await post(`/api/v1/me/consents/${consent.id}/revoke`, session.headers);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('CONSENT_ALREADY_REVOKED');

    const mine = (await get('/api/v1/me/data-requests', session.headers)).json().items;
    expect(mine.map((r: { id: string }) => r.id)).toEqual([deletionRequest.id]);
    const actions = (await auditOf(me.patientId)).items.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['consent.revoke', 'data_request.create']));
  });

  it("answers 404 to revoking someone else's consent and leaves it in force", async () => {
    const a = await registerPatient(t);
    const b = await registerPatient(t);
    const [bConsent] = (await get('/api/v1/me/consents', b.session.headers)).json().items;
    const res = await post(`/api/v1/me/consents/${bConsent.id}/revoke`, a.session.headers);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('CONSENT_NOT_FOUND');
    const [after] = (await get('/api/v1/me/consents', b.session.headers)).json().items;
    expect(after.revokedAt).toBeNull();
    expect((await get('/api/v1/me/data-requests', b.session.headers)).json().items).toEqual([]);
  });
});

describe('data-subject requests', () => {
  it('stores a request with its legal deadline and the details encrypted; only its author sees it', async () => {
    const a = await registerPatient(t);
    const b = await registerPatient(t);
    const details = 'Исправьте отчество: Петровна → Павловна';
    const created = await post('/api/v1/me/data-requests', a.session.headers, {
      kind: 'correction',
      details,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      kind: 'correction',
      status: 'received',
      details,
      isOverdue: false,
    });
    expect(created.json().dueAt).toBe(dueDate('correction', clock.now()).toISOString());
    const access = await post('/api/v1/me/data-requests', a.session.headers, { kind: 'access' });
    expect(access.json().dueAt).toBe(dueDate('access', clock.now()).toISOString());

    const row = await readDataRequestRow(t.database.db, created.json().id);
    expect(row!.detailsEncrypted).toBeTruthy();
    expect(row!.detailsEncrypted).not.toContain('Павловна');

    const mine = (await get('/api/v1/me/data-requests', a.session.headers)).json().items;
    expect(mine.map((r: { kind: string }) => r.kind).sort()).toEqual(['access', 'correction']);
    expect((await get('/api/v1/me/data-requests', b.session.headers)).json().items).toEqual([]);
  });

  it('refuses a correction that does not say what to correct', async () => {
    const { session } = await registerPatient(t);
    const res = await post('/api/v1/me/data-requests', session.headers, {
      kind: 'correction',
      details: '  ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'DATA_REQUEST_DETAILS_REQUIRED' });
    expect(res.json().errors[0].field).toBe('body.details');
    const long = await post('/api/v1/me/data-requests', session.headers, {
      kind: 'access',
      details: 'я'.repeat(2001),
    });
    expect(long.statusCode).toBe(400);
  });
});

describe('download all my data', () => {
  it('exports account, card, consents, requests and the access log as a JSON attachment', async () => {
    const email = `export-${randomInt(1e9)}@example.ru`;
    const { body, session, me } = await registerPatient(t, { email });
    await post('/api/v1/me/data-requests', session.headers, { kind: 'access', details: 'Пришлите всё' });
    await get('/api/v1/me/profile', session.headers);
    const res = await get('/api/v1/me/export?format=json', session.headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="talon-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const data = res.json();
    expect(data.account).toMatchObject({
      id: me.id,
      logins: { phone: body.phone, email, snils: true },
      roles: [{ role: 'patient', organizationId: null }],
      mfa: { totp: false, sms: false },
    });
    expect(data.account.sessions.length).toBeGreaterThanOrEqual(1);
    expect(data.account.sessions[0]).not.toHaveProperty('tokenHash');
    expect(data.patient).toMatchObject({
      id: me.patientId,
      snils: formatSnils(body.snils as string),
      surname: 'Иванова',
    });
    expect(data.consents).toHaveLength(1);
    expect(data.dataRequests).toMatchObject([{ kind: 'access', details: 'Пришлите всё' }]);
    const actions = data.accessLog.map((e: { action: string }) => e.action);
    expect(actions[0]).toBe('patient.export');
    expect(actions).toEqual(expect.arrayContaining(['auth.register', 'patient.read', 'data_request.create']));
    expect(res.body).not.toMatch(/passwordHash|totpSecret|csrf/i);
  });

  it('exports the same as a PDF with the Cyrillic text embedded', async () => {
    const { body, session, me } = await registerPatient(t, { surname: 'Щукина' });
    const res = await get('/api/v1/me/export?format=pdf', session.headers);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="talon-data-[\d-]+\.pdf"$/);
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await getDocumentProxy(new Uint8Array(res.rawPayload));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain('Ваши персональные данные');
    expect(text).toContain('Щукина Мария Петровна');
    expect(text).toContain(formatSnils(body.snils as string));
    expect(text).toContain('Обработка персональных данных');
    const exports = (await auditOf(me.patientId)).items.filter((e) => e.action === 'patient.export');
    expect(exports.map((e) => e.details)).toEqual([{ format: 'pdf' }]);
  });
});

describe('admin list of data-subject requests', () => {
  it('refuses anonymous callers (401) and patients (403)', async () => {
    const { session } = await registerPatient(t);
    expect((await get('/api/v1/admin/data-requests', {})).statusCode).toBe(401);
    const asPatient = await get('/api/v1/admin/data-requests', session.headers);
    expect(asPatient.statusCode).toBe(403);
    expect(asPatient.json().code).toBe('FORBIDDEN');
  });

  it('lists requests with ids and deadlines only, finds the overdue ones and moves a request on', async () => {
    const now = clock.now();
    clock.set(new Date(now.getTime() - 40 * 24 * 3600_000));
    const old = await registerPatient(t);
    const late = (
      await post('/api/v1/me/data-requests', old.session.headers, { kind: 'access', details: 'Тайна' })
    ).json();
    clock.set(now);
    const fresh = await registerPatient(t);
    const recent = (await post('/api/v1/me/data-requests', fresh.session.headers, { kind: 'access' })).json();

    const admin = await createStaffSession(t, 'system_admin');
    const all = await get('/api/v1/admin/data-requests?pageSize=100', admin.headers);
    expect(all.statusCode, all.body).toBe(200);
    const items = all.json().items as { id: string; dueAt: string }[];
    expect(items.find((i) => i.id === late.id)).toEqual({
      id: late.id,
      patientId: old.me.patientId,
      kind: 'access',
      status: 'received',
      createdAt: late.createdAt,
      dueAt: late.dueAt,
      closedAt: null,
      isOverdue: true,
    });
    expect(all.body).not.toContain('Тайна');
    const dues = items.map((i) => i.dueAt);
    expect([...dues].sort().reverse()).toEqual(dues);

    const overdue = (
      await get('/api/v1/admin/data-requests?overdue=true&pageSize=100', admin.headers)
    ).json();
    const overdueIds = overdue.items.map((i: { id: string }) => i.id);
    expect(overdueIds).toContain(late.id);
    expect(overdueIds).not.toContain(recent.id);

    const started = await post(`/api/v1/admin/data-requests/${late.id}/status`, admin.headers, {
      status: 'in_progress',
    });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({ status: 'in_progress', closedAt: null, isOverdue: true });
    const done = await post(`/api/v1/admin/data-requests/${late.id}/status`, admin.headers, {
      status: 'done',
    });
    expect(done.json()).toMatchObject({
      status: 'done',
      isOverdue: false,
      closedAt: clock.now().toISOString(),
    });
    const reopen = await post(`/api/v1/admin/data-requests/${late.id}/status`, admin.headers, {
      status: 'rejected',
    });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().code).toBe('DATA_REQUEST_STATUS_CONFLICT');
    const inProgress = (
      await get('/api/v1/admin/data-requests?status=done&pageSize=100', admin.headers)
    ).json();
    expect(inProgress.items.map((i: { id: string }) => i.id)).toContain(late.id);

    const updates = (await auditOf(old.me.patientId)).items.filter((e) => e.action === 'data_request.update');
    expect(updates.map((e) => e.details)).toEqual([
      { from: 'in_progress', to: 'done', kind: 'access' },
      { from: 'received', to: 'in_progress', kind: 'access' },
    ]);
    expect(updates[0]).toMatchObject({ actorAccountId: admin.accountId, actorRole: 'system_admin' });
    // The author sees the outcome (their session went idle while the clock stood 40 days back).
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { login: old.body.phone, password: PASSWORD },
    });
    const [mine] = (await get('/api/v1/me/data-requests', asSession(again).headers)).json().items;
    expect(mine).toMatchObject({ id: late.id, status: 'done' });
  });

  it("shows a clinic admin only the requests of their clinic's patients", async () => {
    const clinic = await buildOrganization(t.database.db);
    const attached = await registerPatient(t);
    await attachPatient(t.database.db, attached.me.patientId, { organizationId: clinic.id });
    const other = await registerPatient(t);
    const ours = (
      await post('/api/v1/me/data-requests', attached.session.headers, { kind: 'access' })
    ).json();
    const theirs = (await post('/api/v1/me/data-requests', other.session.headers, { kind: 'access' })).json();

    const admin = await createStaffSession(t, 'clinic_admin', { organizationId: clinic.id });
    const list = (await get('/api/v1/admin/data-requests?pageSize=100', admin.headers)).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([ours.id]);
    expect(list.total).toBe(1);
    const foreign = await post(`/api/v1/admin/data-requests/${theirs.id}/status`, admin.headers, {
      status: 'done',
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('DATA_REQUEST_NOT_FOUND');
  });
});
