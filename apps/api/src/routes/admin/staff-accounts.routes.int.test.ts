import { fixedClock } from '@talon/core/shared';
import { buildOrganization } from '@talon/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { asSession } from '../../testing/identity-helpers';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { useTestApp } from '../../testing/test-app';

// The worker delivers the invitation links to the development sink.
// The clock stands still at the start (staff log in with codes of the real time); the expiry test moves it.
const clock = fixedClock(new Date());
const t = useTestApp({ worker: true, clock });
const NEW_PASSWORD = 'Новый-Сотрудник-2026!';
let adminA: StaffSession;
let adminB: StaffSession;
let clinicA: string;
let clinicB: string;

const contact = () => `nurse-${crypto.randomUUID().slice(0, 8)}@clinic.test`;

async function invite(admin: StaffSession, body: Record<string, unknown>) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/admin/staff/invitations',
    headers: admin.headers,
    payload: { fullName: 'Смирнова Анна Петровна', roles: ['nurse'], sex: 'female', ...body },
  });
}

/** The tokens of the invitation links sent to `to`, newest first, once `count` have arrived (the dev sink). */
async function linkTokens(to: string, count = 1): Promise<string[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const res = await t.app.inject({ url: '/api/v1/dev/messages', query: { to } });
    const items = (res.json().items ?? []) as { body: string }[];
    const tokens = items.flatMap((m) => /\/invite\/([\w-]+)/.exec(m.body)?.[1] ?? []);
    if (tokens.length >= count || Date.now() > deadline) return tokens;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const accept = (token: string, password = NEW_PASSWORD) =>
  t.app.inject({ method: 'POST', url: `/api/v1/staff-invitations/${token}/accept`, payload: { password } });

const logIn = (login: string, password = NEW_PASSWORD) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login, password } });

async function auditOf(action: string, recordId: string) {
  return t.database.db.query.auditEvents.findMany({
    where: (e, { and, eq }) => and(eq(e.action, action), eq(e.recordId, recordId)),
  });
}

beforeAll(async () => {
  clinicA = (await buildOrganization(t.database.db)).id;
  clinicB = (await buildOrganization(t.database.db)).id;
  adminA = await createStaffSession(t, 'clinic_admin', { organizationId: clinicA });
  adminB = await createStaffSession(t, 'clinic_admin', { organizationId: clinicB });
});

describe('staff invitations', () => {
  it('invites by e-mail, replaces the open invitation, and the invitee sets a password and must enrol a second factor', async () => {
    const email = contact();
    const first = await invite(adminA, { contact: email, organizationId: clinicA });
    expect(first.statusCode, first.body).toBe(201);
    const again = await invite(adminA, { contact: email.toUpperCase(), organizationId: clinicA });
    expect(again.json().replaced).toBe(true);
    const [newest, replaced] = await linkTokens(email, 2);
    expect(newest).toBeDefined();
    expect((await accept(replaced!)).json().code).toBe('STAFF_INVITATION_INVALID_LINK');

    const list = await t.app.inject({ url: '/api/v1/admin/staff?status=invited', headers: adminA.headers });
    expect(list.json().items.filter((m: { email: string }) => m.email === email)).toHaveLength(1);

    expect((await accept(newest!, 'short')).json().code).toBe('WEAK_PASSWORD');
    const accepted = await accept(newest!);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((await accept(newest!)).statusCode).toBe(410);

    const login = await logIn(email);
    expect(login.json().status).toBe('mfa_setup_required');
    const me = await t.app.inject({ url: '/api/v1/me', headers: asSession(login).headers });
    expect(me.json().roles).toEqual([{ role: 'nurse', organizationId: clinicA }]);
    expect(me.json().practitionerId).toEqual(expect.any(String));
    expect(await auditOf('admin.account_change', again.json().id)).toHaveLength(2);
  });

  it('refuses a role a clinic admin may not grant, and an expired link', async () => {
    const refused = await invite(adminA, {
      contact: contact(),
      organizationId: clinicA,
      roles: ['system_admin'],
    });
    expect(refused.json()).toMatchObject({ status: 400, code: 'STAFF_ROLE_NOT_GRANTABLE' });

    const email = contact();
    const sent = await invite(adminA, { contact: email, organizationId: clinicA, roles: ['registrar'] });
    expect(sent.statusCode).toBe(201);
    const [token] = await linkTokens(email);
    const start = clock.now();
    clock.set(new Date(start.getTime() + 72 * 3_600_000));
    try {
      expect((await accept(token!)).json().code).toBe('STAFF_INVITATION_INVALID_LINK');
    } finally {
      clock.set(start);
    }
    expect((await accept(token!)).statusCode).toBe(200);
  });
});

describe('staff scope and changes', () => {
  it('keeps a clinic admin to their clinic: another clinic is 404 and audited', async () => {
    const other = await invite(adminA, { contact: contact(), organizationId: clinicB });
    expect(other.json()).toMatchObject({ status: 404, code: 'STAFF_ORGANIZATION_NOT_FOUND' });
    expect(await auditOf('access.denied', clinicB)).toHaveLength(1);
    const list = await t.app.inject({
      url: `/api/v1/admin/staff?organization=${clinicB}`,
      headers: adminA.headers,
    });
    expect(list.statusCode).toBe(404);
    const block = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/staff/${adminB.accountId}/block`,
      headers: adminA.headers,
      payload: { reason: 'Уволен' },
    });
    expect(block.json()).toMatchObject({ status: 404, code: 'STAFF_NOT_FOUND' });
    const own = await t.app.inject({ url: '/api/v1/admin/staff', headers: adminA.headers });
    const ids = own.json().items.map((m: { accountId: string }) => m.accountId);
    expect(ids).toContain(adminA.accountId);
    expect(ids).not.toContain(adminB.accountId);
  });

  it('blocks: sessions end and logins are refused; unblocks; an admin cannot block or demote themselves', async () => {
    const registrar = await createStaffSession(t, 'registrar', { organizationId: clinicA });
    const post = (path: string, payload?: object) =>
      t.app.inject({ method: 'POST', url: `/api/v1/admin/staff/${path}`, headers: adminA.headers, payload });

    const blocked = await post(`${registrar.accountId}/block`, { reason: 'Увольнение' });
    expect(blocked.statusCode, blocked.body).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/me', headers: registrar.headers })).statusCode).toBe(401);
    expect((await logIn(registrar.email, 'Рабочий-Пароль-2026!')).json().code).toBe('ACCOUNT_BLOCKED');
    expect((await post(`${registrar.accountId}/unblock`)).statusCode).toBe(204);
    expect((await logIn(registrar.email, 'Рабочий-Пароль-2026!')).json().status).toBe('mfa_required');
    expect(await auditOf('admin.account_change', registrar.accountId)).toHaveLength(2);

    const roles = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/staff/${registrar.accountId}/roles`,
      headers: adminA.headers,
      payload: { roles: ['registrar', 'nurse'] },
    });
    expect(roles.statusCode, roles.body).toBe(204);

    expect((await post(`${adminA.accountId}/block`, { reason: 'Проверка' })).json().code).toBe(
      'STAFF_SELF_BLOCK',
    );
    const demote = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/staff/${adminA.accountId}/roles`,
      headers: adminA.headers,
      payload: { roles: ['registrar'] },
    });
    expect(demote.json()).toMatchObject({ status: 409, code: 'STAFF_SELF_DEMOTE' });
  });
});
