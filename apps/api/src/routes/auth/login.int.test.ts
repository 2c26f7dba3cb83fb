import { fixedClock } from '@talon/core/shared';
import { outboxRowsTo } from '@talon/testing';
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import {
  asSession,
  PASSWORD,
  readCode,
  registerPatient,
  sessionCookie,
} from '../../testing/identity-helpers';
import { useTestApp } from '../../testing/test-app';

const clock = fixedClock(new Date());
const t = useTestApp({ worker: true, clock });

const login = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload, headers });
const me = (headers: Record<string, string>) => t.app.inject({ url: '/api/v1/me', headers });
const advance = (minutes: number) => clock.set(new Date(clock.now().getTime() + minutes * 60_000));

describe('login and sessions', () => {
  it('answers 401 problem+json to GET /me without a session', async () => {
    const res = await me({});
    expect(res.statusCode).toBe(401);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it('logs in by phone, SNILS and email with an HttpOnly SameSite cookie and a new session id each time', async () => {
    const { body, session: registered } = await registerPatient(t, { email: 'Maria.Ivanova@Example.ru' });
    for (const id of [
      body.phone,
      `8${(body.phone as string).slice(2)}`,
      body.snils,
      'maria.ivanova@example.ru',
    ]) {
      const res = await login({ login: id, password: PASSWORD }, { cookie: registered.cookie });
      expect(res.statusCode, String(id)).toBe(200);
      expect(res.json()).toMatchObject({ status: 'authenticated', me: { displayName: 'Мария Иванова' } });
      const cookie = res.cookies.find((c) => c.name === 'talon_session')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      // Session fixation: a cookie sent in with the login is never the one that comes out.
      expect(`talon_session=${cookie.value}`).not.toBe(registered.cookie);
    }
  });

  it('tells the person of a login from a new device, once, by email and in the app', async () => {
    const { body, me: registered } = await registerPatient(t, { email: 'new.device@example.ru' });
    const phone = { 'user-agent': 'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile' };
    const notices = async () =>
      (await outboxRowsTo(t.database.db, registered.id)).filter(
        (row) => row.template === 'new_login' && row.channel === 'in_app',
      );
    // The device of the registration is known: no notice.
    expect((await login({ login: body.phone, password: PASSWORD })).statusCode).toBe(200);
    expect(await notices()).toHaveLength(0);
    expect((await login({ login: body.phone, password: PASSWORD }, phone)).statusCode).toBe(200);
    expect(await notices()).toHaveLength(1);
    const emails = await outboxRowsTo(t.database.db, 'new.device@example.ru');
    expect(emails.filter((row) => row.template === 'new_login')).toHaveLength(1);
    // Once known, the same phone logs in quietly.
    expect((await login({ login: body.phone, password: PASSWORD }, phone)).statusCode).toBe(200);
    expect(await notices()).toHaveLength(1);
  });

  it('decides Secure from the configuration, not from what the request claims', async () => {
    const { body } = await registerPatient(t);
    const res = await login({ login: body.phone, password: PASSWORD }, { 'x-forwarded-proto': 'https' });
    // On an http installation (no https PUBLIC_URL) the cookie is never Secure: a browser would refuse it.
    expect(res.cookies.find((c) => c.name === 'talon_session')!.secure ?? false).toBe(false);
  });

  it('gives native clients a bearer token instead of a cookie', async () => {
    const { body } = await registerPatient(t);
    const res = await login({ login: body.phone, password: PASSWORD, tokenType: 'bearer' });
    expect(res.statusCode).toBe(200);
    expect(res.cookies).toHaveLength(0);
    const { token } = res.json();
    expect(token).toMatch(/^[\w-]{40,}$/);
    expect((await me({ authorization: `Bearer ${token}` })).statusCode).toBe(200);
    // No CSRF token needed without ambient credentials.
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(out.statusCode).toBe(204);
    expect((await me({ authorization: `Bearer ${token}` })).statusCode).toBe(401);
  });

  it('refuses a state change without the CSRF token (403) and accepts it with the token', async () => {
    const { session } = await registerPatient(t);
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: session.cookie },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('CSRF_FAILED');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: session.cookie, 'x-csrf-token': 'x'.repeat(43) },
    });
    expect(wrong.statusCode).toBe(403);
    expect((await me({ cookie: session.cookie })).statusCode).toBe(200);
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers });
    expect(ok.statusCode).toBe(204);
    // Logout invalidates the session on the server, not just the cookie.
    expect((await me({ cookie: session.cookie })).statusCode).toBe(401);
  });

  it('ends a patient session after 30 idle minutes and any session after 12 hours', async () => {
    const { session } = await registerPatient(t);
    advance(29);
    expect((await me({ cookie: session.cookie })).statusCode).toBe(200);
    advance(29);
    expect((await me({ cookie: session.cookie })).statusCode).toBe(200);
    advance(31);
    expect((await me({ cookie: session.cookie })).statusCode).toBe(401);

    const { body } = await registerPatient(t);
    const active = asSession(await login({ login: body.phone, password: PASSWORD }));
    // Active every 29 minutes: never idle, yet gone once 12 hours have passed since login.
    for (let elapsed = 29; elapsed < 12 * 60; elapsed += 29) {
      advance(29);
      expect((await me({ cookie: active.cookie })).statusCode, `after ${elapsed} min`).toBe(200);
    }
    advance(29);
    expect((await me({ cookie: active.cookie })).statusCode).toBe(401);
    clock.set(new Date());
  });

  it('lists sessions, ends another one, and logs out everywhere', async () => {
    const { body, session: first } = await registerPatient(t);
    const second = asSession(await login({ login: body.phone, password: PASSWORD }));
    const list = await t.app.inject({ url: '/api/v1/me/sessions', headers: { cookie: second.cookie } });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; current: boolean }[];
    expect(items).toHaveLength(2);
    const other = items.find((s) => !s.current)!;
    const end = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/sessions/${other.id}`,
      headers: second.headers,
    });
    expect(end.statusCode).toBe(204);
    expect((await me({ cookie: first.cookie })).statusCode).toBe(401);

    const third = asSession(await login({ login: body.phone, password: PASSWORD }));
    const all = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout-all',
      headers: third.headers,
    });
    expect(all.statusCode).toBe(204);
    expect((await me({ cookie: second.cookie })).statusCode).toBe(401);
    expect((await me({ cookie: third.cookie })).statusCode).toBe(401);
  });

  it("does not end someone else's session: 404", async () => {
    const a = await registerPatient(t);
    const b = await registerPatient(t);
    const bSessions = (
      await t.app.inject({ url: '/api/v1/me/sessions', headers: { cookie: b.session.cookie } })
    ).json();
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/sessions/${bSessions.items[0].id}`,
      headers: a.session.headers,
    });
    expect(res.statusCode).toBe(404);
    expect((await me({ cookie: b.session.cookie })).statusCode).toBe(200);
  });

  it('locks an account after 10 wrong passwords (429 with Retry-After) but never limits successes', async () => {
    const { body } = await registerPatient(t);
    for (let i = 0; i < 10; i++) {
      const res = await login({ login: body.phone, password: 'Неверный-1' });
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('INVALID_CREDENTIALS');
    }
    const locked = await login({ login: body.phone, password: PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('LOGIN_THROTTLED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(60);
    advance(16);
    expect((await login({ login: body.phone, password: PASSWORD })).statusCode).toBe(200);
    // Many successful logins from one address are fine.
    for (let i = 0; i < 15; i++)
      expect((await login({ login: body.phone, password: PASSWORD })).statusCode).toBe(200);
    clock.set(new Date());
  });

  it('answers an unknown login exactly like a wrong password', async () => {
    const res = await login({ login: '+79990000000', password: PASSWORD });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('INVALID_CREDENTIALS');
  });

  it('recovers a password by an SMS code and ends every session', async () => {
    const { body, session } = await registerPatient(t);
    const started = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { login: body.phone },
    });
    expect(started.statusCode).toBe(202);
    const code = await readCode(t, body.phone as string, /восстановлени/);
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { resetId: started.json().resetId, code, password: 'Осень-2027?' },
    });
    expect(confirm.statusCode, confirm.body).toBe(204);
    expect((await me({ cookie: session.cookie })).statusCode).toBe(401);
    expect((await login({ login: body.phone, password: PASSWORD })).statusCode).toBe(401);
    expect((await login({ login: body.phone, password: 'Осень-2027?' })).statusCode).toBe(200);
  });

  it('answers password recovery for an unknown login like for a known one', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { login: '+79990000001' },
    });
    expect(res.statusCode).toBe(202);
    expect(res.json().resetId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('enrols TOTP, then requires it at login, with a new session id after the second factor', async () => {
    const { body, session } = await registerPatient(t);
    const enrol = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/mfa/totp',
      headers: session.headers,
    });
    expect(enrol.statusCode).toBe(200);
    const { secret, otpauthUri, qrSvg } = enrol.json();
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(qrSvg).toContain('<svg');
    const totp = new TOTP({ secret: Secret.fromBase32(secret) });
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/mfa/totp/confirm',
      headers: session.headers,
      payload: { code: totp.generate({ timestamp: clock.now().getTime() }) },
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
    const { recoveryCodes } = confirm.json();
    expect(recoveryCodes).toHaveLength(10);

    const first = await login({ login: body.phone, password: PASSWORD });
    expect(first.json()).toMatchObject({
      status: 'mfa_required',
      mfaMethods: ['totp', 'recovery'],
      me: null,
    });
    const pending = asSession(first);
    expect((await me({ cookie: pending.cookie })).statusCode).toBe(401);
    // A page reloaded on the second-factor step (or reached from the identity provider) asks what is owed.
    const owed = await t.app.inject({ url: '/api/v1/auth/login/mfa', headers: { cookie: pending.cookie } });
    expect(owed.statusCode, owed.body).toBe(200);
    expect(owed.json()).toMatchObject({
      status: 'mfa_required',
      mfaMethods: ['totp', 'recovery'],
      csrfToken: first.json().csrfToken,
    });
    // The enrolment code cannot be replayed: same 30-second step, refused.
    const replay = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login/mfa',
      headers: pending.headers,
      payload: { method: 'totp', code: totp.generate({ timestamp: clock.now().getTime() }) },
    });
    expect(replay.statusCode).toBe(400);
    advance(0.5);
    const done = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login/mfa',
      headers: pending.headers,
      payload: { method: 'totp', code: totp.generate({ timestamp: clock.now().getTime() }) },
    });
    expect(done.statusCode, done.body).toBe(200);
    const full = sessionCookie(done);
    expect(full).not.toBe(pending.cookie);
    expect((await me({ cookie: pending.cookie })).statusCode).toBe(401);
    expect((await me({ cookie: full })).statusCode).toBe(200);

    clock.set(new Date());
    // A recovery code works once.
    const again = asSession(await login({ login: body.phone, password: PASSWORD }));
    const useRecovery = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login/mfa',
        headers: again.headers,
        payload: { method: 'recovery', code: recoveryCodes[0] },
      });
    expect((await useRecovery()).statusCode).toBe(200);
    const third = asSession(await login({ login: body.phone, password: PASSWORD }));
    const reuse = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login/mfa',
      headers: third.headers,
      payload: { method: 'recovery', code: recoveryCodes[0] },
    });
    expect(reuse.statusCode).toBe(400);
  });
});
