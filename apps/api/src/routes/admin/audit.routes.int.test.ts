import { beforeAll, describe, expect, it } from 'vitest';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { useTestApp } from '../../testing/test-app';

const t = useTestApp();

let adminA: StaffSession;
let registrarA: StaffSession;
let registrarB: StaffSession;
let system: StaffSession;

beforeAll(async () => {
  adminA = await createStaffSession(t, 'clinic_admin');
  registrarA = await createStaffSession(t, 'registrar', { organizationId: adminA.organizationId! });
  registrarB = await createStaffSession(t, 'registrar');
  system = await createStaffSession(t, 'system_admin');
});

type Entry = {
  actorAccountId: string | null;
  actorName: string | null;
  action: string;
  actorRole: string | null;
};
const search = async (session: StaffSession, query: Record<string, string> = {}) => {
  const response = await t.app.inject({
    url: '/api/v1/admin/audit-events',
    query: { pageSize: '100', ...query },
    headers: session.headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: Entry[]; total: number };
};

describe('the clinic audit log', () => {
  it('shows a clinic admin the entries of their clinic’s staff only, a system admin all of them', async () => {
    const own = await search(adminA, { action: 'auth.login' });
    const actors = new Set(own.items.map((e) => e.actorAccountId));
    expect(actors).toEqual(new Set([adminA.accountId, registrarA.accountId]));
    expect(own.total).toBe(2);
    // Who, by name: the account's display name beside its id.
    expect(own.items.find((e) => e.actorAccountId === registrarA.accountId)?.actorName).toBe(
      'Сотрудник registrar',
    );
    // Named directly, clinic B's registrar is still out of scope: nothing, not a refusal that tells.
    expect((await search(adminA, { actor: registrarB.accountId })).total).toBe(0);

    const all = await search(system, { action: 'auth.login' });
    expect(all.items.map((e) => e.actorAccountId)).toEqual(
      expect.arrayContaining([adminA.accountId, registrarA.accountId, registrarB.accountId]),
    );

    // The clinic admin's own search is in the log, in that role, with the clinics searched.
    const searches = await search(system, { action: 'admin.audit_search', actor: adminA.accountId });
    expect(searches.items[0]).toMatchObject({ actorRole: 'clinic_admin' });
  });

  it('runs the chain check for a system admin only, and records it', async () => {
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/audit/verify',
      headers: adminA.headers,
    });
    expect(refused.statusCode).toBe(403);
    const check = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/audit/verify',
      headers: system.headers,
    });
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json()).toMatchObject({ ok: true, checked: expect.any(Number) });
    expect(check.json()).not.toHaveProperty('brokenAt');
    const recorded = await search(system, { action: 'admin.audit_verify' });
    expect(recorded.items[0]).toMatchObject({ actorAccountId: system.accountId });
  });
});
