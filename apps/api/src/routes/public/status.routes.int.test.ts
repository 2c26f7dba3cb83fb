import { markOutboxSent, setOutboxState } from '@talon/testing';
import { describe, expect, it } from 'vitest';
import { enqueueMessage } from '../../testing/delivery-helpers';
import { createStaffSession } from '../../testing/staff-helpers';
import { useTestApp } from '../../testing/test-app';

const t = useTestApp();

const status = async () => {
  const response = await t.app.inject({ url: '/api/v1/status' });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    state: string;
    components: { id: string; state: string; detail: Record<string, unknown> | null }[];
    incidents: { id: string; title: string; status: string; updates: { text: string; status: string }[] }[];
  };
};
const stateOf = (answer: Awaited<ReturnType<typeof status>>, id: string) =>
  answer.components.find((c) => c.id === id)?.state;

/** `count` SMS messages in the outbox, the first `dead` of them dead letters and the rest sent. */
async function smsOutcomes(count: number, dead: number) {
  for (let i = 0; i < count; i += 1) {
    const id = await enqueueMessage(t.database, {
      channel: 'sms',
      recipient: `+7916000${String(i).padStart(4, '0')}`,
    });
    if (i < dead)
      await setOutboxState(t.database.db, id, { status: 'dead', attempts: 8, lastError: 'gateway down' });
    else await markOutboxSent(t.database.db, id);
  }
}

describe('GET /api/v1/status', () => {
  // First in the file: the answer is cached a few seconds.
  it('shows a channel failing as degraded, the others operational, without a login', async () => {
    await smsOutcomes(10, 1);
    const answer = await status();
    expect(stateOf(answer, 'delivery_sms')).toBe('degraded');
    expect(answer.components.find((c) => c.id === 'delivery_sms')?.detail).toEqual({
      kind: 'rate',
      total: 10,
      failed: 1,
    });
    expect(stateOf(answer, 'delivery_email')).toBe('operational');
    expect(stateOf(answer, 'database')).toBe('operational');
    expect(stateOf(answer, 'api')).toBe('operational');
    // No identity provider configured; the test app has no built web app.
    expect(stateOf(answer, 'identity_provider')).toBe('not_configured');
    expect(stateOf(answer, 'web')).toBe('outage');
    expect(answer.state).toBe('outage');
  });

  it('serves the answer from memory: a new failure shows only after the cache time', async () => {
    await smsOutcomes(10, 10);
    expect(stateOf(await status(), 'delivery_sms')).toBe('degraded');
  });
});

describe('incidents', () => {
  const open = (headers: Record<string, string>, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/admin/status/incidents', headers, payload });
  const valid = {
    title: 'Не приходят SMS с кодами',
    severity: 'major',
    components: ['delivery_sms'],
    text: 'Оператор связи не принимает сообщения, выясняем причину.',
  };

  it('lets a system admin open an incident and post updates; the public page shows them at once, audited', async () => {
    const admin = await createStaffSession(t, 'system_admin', { transport: 'bearer' });
    const opened = await open(admin.headers, valid);
    expect(opened.statusCode, opened.body).toBe(201);
    const { id } = opened.json();
    expect(opened.json()).toMatchObject({
      status: 'investigating',
      resolvedAt: null,
      updates: [{ status: 'investigating' }],
    });

    let answer = await status();
    expect(answer.incidents[0]).toMatchObject({ id, title: valid.title, status: 'investigating' });
    // A major incident makes its component at least degraded (already degraded here, so at least that).
    expect(['degraded', 'outage']).toContain(stateOf(answer, 'delivery_sms'));

    const resolved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/status/incidents/${id}/updates`,
      headers: admin.headers,
      payload: { text: 'Оператор восстановил приём сообщений.', status: 'resolved' },
    });
    expect(resolved.statusCode, resolved.body).toBe(201);
    expect(resolved.json().resolvedAt).not.toBeNull();
    answer = await status();
    expect(answer.incidents.find((i) => i.id === id)?.updates.map((u) => u.status)).toEqual([
      'investigating',
      'resolved',
    ]);

    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/status/incidents/${id}/updates`,
      headers: admin.headers,
      payload: { text: 'Ещё', status: 'monitoring' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('STATUS_INCIDENT_RESOLVED');

    const audit = await t.database.db.query.auditEvents.findMany({
      where: (e, { eq }) => eq(e.recordId, id),
    });
    expect(audit.map((e) => e.action).sort()).toEqual(['status.incident_open', 'status.incident_update']);
  });

  it('refuses invalid incidents with every field, and unknown ones with 404', async () => {
    const admin = await createStaffSession(t, 'system_admin', { transport: 'bearer' });
    const invalid = await open(admin.headers, { title: '', severity: 'huge', components: [], text: ' ' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().code).toBe('STATUS_INCIDENT_INVALID');
    expect(invalid.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'body.title',
      'body.severity',
      'body.components',
      'body.text',
    ]);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/status/incidents/00000000-0000-4000-8000-000000000000/updates',
      headers: admin.headers,
      payload: { text: 'Текст', status: 'identified' },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('is for system admins only: 401 without a login, 403 for a clinic admin or a doctor', async () => {
    expect((await open({}, valid)).statusCode).toBe(401);
    const clinicAdmin = await createStaffSession(t, 'clinic_admin', { transport: 'bearer' });
    expect((await open(clinicAdmin.headers, valid)).statusCode).toBe(403);
    const doctor = await createStaffSession(t, 'doctor', { transport: 'bearer' });
    expect((await open(doctor.headers, valid)).statusCode).toBe(403);
  });
});
