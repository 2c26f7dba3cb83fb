import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, registerAndConfirm, registerPatient } from '../../testing/identity-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

// Issue 15, item 10: the session cookie's name and Secure flag come from configuration; it lives for the
// browser session; a logout clears the site's cache; weakening the login asks for the password again.
const login = (t: TestApp, phone: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { login: phone, password: PASSWORD } });

describe('on an https installation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ worker: true, env: { PUBLIC_URL: 'https://talon.example.ru' } });
  });
  afterAll(() => t?.close());

  it('sets __Host-talon_session (Secure, HttpOnly, Path=/, no Domain, no expiry) and reads only that one', async () => {
    const registered = await registerWith(t);
    const res = await login(t, registered.phone);
    expect(res.statusCode).toBe(200);
    const raw = String(res.headers['set-cookie']);
    expect(raw).toMatch(/^__Host-talon_session=[\w-]+; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    expect(raw).not.toMatch(/Domain|Expires|Max-Age/i);
    const cookie = res.cookies.find((c) => c.name === '__Host-talon_session')!;
    const me = (name: string) =>
      t.app.inject({ url: '/api/v1/me', headers: { cookie: `${name}=${cookie.value}` } });
    expect((await me('__Host-talon_session')).statusCode).toBe(200);
    expect((await me('talon_session')).statusCode).toBe(401);
  });
});

/** Registers a patient where the session cookie is the __Host- one (`registerPatient` reads `talon_session`). */
async function registerWith(t: TestApp) {
  const { body } = await registerAndConfirm(t);
  return { phone: body.phone as string };
}

describe('on a plain http installation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ worker: true });
  });
  afterAll(() => t?.close());

  it('sets talon_session without Secure (browsers refuse Secure and __Host- on http), still without expiry', async () => {
    const { body } = await registerPatient(t);
    const res = await login(t, body.phone as string);
    const raw = String(res.headers['set-cookie']);
    expect(raw).toMatch(/^talon_session=[\w-]+; Path=\/; HttpOnly; SameSite=Lax$/);
  });

  it('sends Clear-Site-Data with a logout and with a logout everywhere', async () => {
    const { session } = await registerPatient(t);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers });
    expect(out.statusCode).toBe(204);
    expect(out.headers['clear-site-data']).toBe('"cache"');
    const { session: other } = await registerPatient(t);
    const all = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout-all',
      headers: other.headers,
    });
    expect(all.headers['clear-site-data']).toBe('"cache"');
  });

  it('asks for the password again to switch the SMS factor off', async () => {
    const { session } = await registerPatient(t);
    const put = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'PUT', url: '/api/v1/me/mfa/sms', headers: session.headers, payload });
    expect((await put({ enabled: true })).statusCode).toBe(204);
    const bare = await put({ enabled: false });
    expect(bare.statusCode).toBe(400);
    expect(bare.json()).toMatchObject({ code: 'PASSWORD_REQUIRED', errors: [{ field: 'body.password' }] });
    expect((await put({ enabled: false, password: 'Неверный-1' })).json().code).toBe('PASSWORD_MISMATCH');
    const me = async () =>
      (await t.app.inject({ url: '/api/v1/me', headers: session.headers })).json().mfa.sms as boolean;
    expect(await me()).toBe(true);
    expect((await put({ enabled: false, password: PASSWORD })).statusCode).toBe(204);
    expect(await me()).toBe(false);
  });
});
