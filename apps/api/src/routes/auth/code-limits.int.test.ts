import { loadConfig } from '@talon/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../app';
import {
  PASSWORD,
  readCode,
  registerPatient,
  registrationBody,
  uniquePhone,
} from '../../testing/identity-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

// Issue 15, item 4: registration, resend, password reset and the SMS second factor are limited per phone,
// per address and installation-wide in counters every server process shares; an open registration for
// the same phone is reused; argon2 work waits in a bounded queue and sheds with 503.
const LIMITS = {
  AUTH_CODES_PER_PHONE_HOUR: '3',
  AUTH_CODES_PER_ADDRESS_HOUR: '6',
  AUTH_CODES_PER_HOUR: '100',
};

const postFrom = (app: App, remoteAddress: string, url: string, payload: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: `/api/v1${url}`, payload, remoteAddress });

describe('an open registration for the same phone is reused', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ worker: true });
  });
  afterAll(() => t?.close());

  it('answers a repeated form with the same registration and sends no second code', async () => {
    const body = registrationBody();
    const first = await postFrom(t.app, '203.0.113.1', '/auth/register', body);
    const again = await postFrom(t.app, '203.0.113.1', '/auth/register', body);
    expect(again.statusCode).toBe(201);
    expect(again.json().registrationId).toBe(first.json().registrationId);
    const code = await readCode(t, body.phone as string);
    const messages = (
      await t.app.inject({ url: '/api/v1/dev/messages', query: { to: body.phone as string } })
    ).json();
    expect(messages.items).toHaveLength(1);
    const confirmed = await postFrom(t.app, '203.0.113.1', '/auth/register/confirm', {
      registrationId: first.json().registrationId,
      code,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
  });

  it('keeps the id but retires the code when the form changed, so a code never confirms another form', async () => {
    const body = registrationBody();
    const first = await postFrom(t.app, '203.0.113.2', '/auth/register', body);
    const code = await readCode(t, body.phone as string);
    const changed = await postFrom(t.app, '203.0.113.2', '/auth/register', { ...body, surname: 'Петрова' });
    expect(changed.json().registrationId).toBe(first.json().registrationId);
    // Within the minute no new code goes out; the old one no longer works.
    expect(new Date(changed.json().resendAfter).getTime()).toBeGreaterThan(Date.now());
    const stale = await postFrom(t.app, '203.0.113.2', '/auth/register/confirm', {
      registrationId: first.json().registrationId,
      code,
    });
    expect(stale.json().code).toBe('CODE_EXPIRED');
  });
});

describe('code requests are limited per phone, per address and installation-wide', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ worker: true, env: LIMITS });
  });
  afterAll(() => t?.close());

  it('refuses the fourth code request for one phone within the hour, known account or not', async () => {
    const { body } = await registerPatient(t);
    // The registration was the known phone's first request.
    for (const [login, left] of [
      [body.phone as string, 2],
      [uniquePhone(), 3],
    ] as const) {
      // Distinct addresses: only the phone's budget is at stake.
      for (let i = 0; i < left; i++) {
        expect(
          (await postFrom(t.app, `198.51.100.${i + 10}`, '/auth/password-reset', { login })).statusCode,
        ).toBe(202);
      }
      const refused = await postFrom(t.app, '198.51.100.20', '/auth/password-reset', { login });
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.json()).toMatchObject({
        code: 'CODE_REQUESTS_LIMITED',
        detail: expect.stringMatching(/мин\./),
      });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it('counts registrations, resends and recoveries of one address together', async () => {
    const address = '198.51.100.77';
    const started = await postFrom(t.app, address, '/auth/register', registrationBody());
    expect(started.statusCode).toBe(201);
    for (let i = 0; i < 5; i++) {
      expect(
        (await postFrom(t.app, address, '/auth/password-reset', { login: uniquePhone() })).statusCode,
      ).toBe(202);
    }
    const refused = await postFrom(t.app, address, '/auth/register/resend', {
      registrationId: started.json().registrationId,
    });
    expect(refused.json().code).toBe('CODE_REQUESTS_LIMITED');
    // Another address is not affected.
    expect(
      (await postFrom(t.app, '198.51.100.78', '/auth/password-reset', { login: uniquePhone() })).statusCode,
    ).toBe(202);
  });

  it('limits the SMS second factor by the account’s phone', async () => {
    const { body, session } = await registerPatient(t);
    const sms = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/mfa/sms',
      headers: session.headers,
      payload: { enabled: true },
    });
    expect(sms.statusCode).toBe(204);
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const login = await postFrom(t.app, `192.0.2.${i + 1}`, '/auth/login', {
        login: body.phone,
        password: PASSWORD,
      });
      const pending = login.cookies.find((c) => c.name === 'talon_session')!;
      const send = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login/mfa/sms',
        remoteAddress: `192.0.2.${i + 1}`,
        headers: { cookie: `talon_session=${pending.value}`, 'x-csrf-token': login.json().csrfToken },
      });
      statuses.push(send.json().code ?? send.statusCode);
    }
    // The registration used one of the phone's three.
    expect(statuses).toEqual([202, 202, 'CODE_REQUESTS_LIMITED', 'CODE_REQUESTS_LIMITED']);
  });
});

describe('every server process counts against the same limits', () => {
  it('lets two processes on one database allow together what one allows, installation-wide too', async () => {
    const env = { ...LIMITS, AUTH_CODES_PER_PHONE_HOUR: '2', AUTH_CODES_PER_HOUR: '5' };
    const t = await createTestApp({ env });
    const other = await buildApp({
      config: loadConfig({ NODE_ENV: 'test', WEB_DIST_DIR: '/nonexistent', TALON_DEMO: '1', ...env }),
      database: t.database,
      logger: false,
    });
    await other.ready();
    try {
      const login = uniquePhone();
      const reset = (app: App, i: number, to = login) =>
        postFrom(app, `203.0.113.${i + 50}`, '/auth/password-reset', { login: to });
      // One phone through both processes: two in all, not two each.
      const perPhone = [];
      for (const [i, app] of [t.app, other, t.app].entries()) perPhone.push((await reset(app, i)).statusCode);
      expect(perPhone).toEqual([202, 202, 429]);
      // Everyone's budget of five an hour, other phones and addresses: three more, then no more.
      const overall = [];
      for (const [i, app] of [other, t.app, other, t.app].entries()) {
        overall.push((await reset(app, i + 10, uniquePhone())).json().code ?? 202);
      }
      expect(overall).toEqual([202, 202, 202, 'CODE_REQUESTS_LIMITED']);
    } finally {
      await other.close();
      await t.close();
    }
  });
});

describe('argon2 waits in a bounded queue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { PASSWORD_HASH_CONCURRENCY: '1', PASSWORD_HASH_MAX_QUEUE: '1' } });
  });
  afterAll(() => t?.close());

  it('sheds a burst of logins with 503 OVERLOADED and Retry-After while other requests are served', async () => {
    const burst = Array.from({ length: 8 }, (_, i) =>
      postFrom(t.app, `203.0.113.${i + 100}`, '/auth/login', {
        login: uniquePhone(),
        password: 'Неверный-1',
      }),
    );
    const directory = t.app.inject('/api/v1/regions');
    const answers = await Promise.all(burst);
    expect((await directory).statusCode).toBe(200);
    const shed = answers.filter((res) => res.statusCode === 503);
    expect(shed.length).toBeGreaterThan(0);
    expect(answers.filter((res) => res.statusCode === 401).length).toBeGreaterThanOrEqual(2);
    expect(shed[0]!.headers['retry-after']).toBe('5');
    expect(shed[0]!.json()).toMatchObject({ code: 'OVERLOADED', detail: expect.stringMatching(/Повторите/) });
  });
});
