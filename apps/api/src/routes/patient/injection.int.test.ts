import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPatient, registrationBody } from '../../testing/identity-helpers';
import { createStaffSession } from '../../testing/staff-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** Markup and SQL in every free-text field are stored and returned as data, byte for byte. */
const HOSTILE = [
  `<script>alert('x')</script>`,
  `"><img src=x onerror=alert(1)>`,
  `'; DROP TABLE patients; --`,
  `Robert'); DELETE FROM accounts WHERE ('1'='1`,
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '${7*7} {{7*7}} %s %n',
];

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ worker: true });
});
afterAll(() => t?.close());

describe('injection and markup in text fields', () => {
  it('keeps data-request details exactly as typed and the tables intact', async () => {
    const { session } = await registerPatient(t);
    for (const details of HOSTILE) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/me/data-requests',
        headers: session.headers,
        payload: { kind: 'correction', details },
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().details).toBe(details);
    }
    const list = await t.app.inject({ url: '/api/v1/me/data-requests', headers: { cookie: session.cookie } });
    expect(
      list
        .json()
        .items.map((r: { details: string }) => r.details)
        .sort(),
    ).toEqual([...HOSTILE].sort());
    // The tables named in the payloads are still there and still answer.
    expect((await t.app.inject({ url: '/api/v1/me', headers: { cookie: session.cookie } })).statusCode).toBe(
      200,
    );
  });

  it('keeps an emergency-access reason as data', async () => {
    const { me } = await registerPatient(t);
    const doctor = await createStaffSession(t, 'doctor');
    const reason = `${HOSTILE[0]} ${HOSTILE[2]}`;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/patients/${me.patientId}/emergency-access`,
      headers: doctor.headers,
      payload: { reason },
    });
    expect(res.statusCode).toBe(201);
    const admin = await createStaffSession(t, 'system_admin');
    const report = await t.app.inject({
      url: '/api/v1/admin/emergency-accesses',
      query: {
        from: new Date(Date.now() - 60_000).toISOString(),
        to: new Date(Date.now() + 60_000).toISOString(),
      },
      headers: admin.headers,
    });
    expect(report.json().items[0].reason).toBe(reason);
  });

  it('refuses markup in names rather than storing it (names are letters, hyphens and apostrophes)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: registrationBody({ surname: HOSTILE[1], patronymic: HOSTILE[2] }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'body.surname',
      'body.patronymic',
    ]);
  });

  it('escapes markup on the server-rendered development message page', async () => {
    const { body } = await registerPatient(t, { email: 'markup@example.ru' });
    const page = await t.app.inject({ url: '/dev/messages', query: { to: body.phone as string } });
    expect(page.statusCode).toBe(200);
    const html = await t.app.inject({ url: '/dev/messages', query: { to: `<script>alert(1)</script>` } });
    expect(html.body).not.toContain('<script>alert(1)</script>');
  });
});
