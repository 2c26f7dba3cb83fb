import { randomUUID } from 'node:crypto';
import { Validator } from '@seriousme/openapi-schema-validator';
import {
  startTestIdentityProvider,
  type TestIdentityProvider,
  type TestPerson,
} from '@talon/testing/identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerPatient, uniqueSnils } from '../../testing/identity-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

// Talon is reached through app.inject(); only the provider listens. The callback URI is what the provider
// redirects the browser to, and the test carries that redirect into the app itself.
const REDIRECT_URI = 'http://127.0.0.1:3999/api/v1/auth/oidc/callback';

let idp: TestIdentityProvider;
let t: TestApp;
let patient: { snils: string; id: string };
beforeAll(async () => {
  idp = await startTestIdentityProvider(REDIRECT_URI);
  t = await createTestApp({ worker: true, env: idp.env });
  const registered = await registerPatient(t);
  patient = { snils: registered.body.snils as string, id: registered.me.id };
});
afterAll(async () => {
  await t?.close();
  await idp?.close();
});

const flowCookieOf = (res: { cookies: { name: string; value: string }[] }) =>
  res.cookies.find((c) => c.name === 'talon_oidc');

/** Starts a login at Talon, logs in at the provider as `subject` and returns Talon's callback answer. */
async function logInThroughProvider(
  subject: string,
  person: TestPerson,
  options: { next?: string; tamper?: (callback: URL) => void } = {},
) {
  idp.loginAs(subject, person);
  const start = await t.app.inject({
    url: '/api/v1/auth/oidc/start',
    query: options.next ? { next: options.next } : {},
  });
  expect(start.statusCode, start.body).toBe(302);
  const flow = flowCookieOf(start);
  if (!flow) throw new Error('no flow cookie');
  const callback = await idp.authorize(start.headers.location as string);
  options.tamper?.(callback);
  return t.app.inject({
    url: `${callback.pathname}${callback.search}`,
    headers: { cookie: `talon_oidc=${flow.value}` },
  });
}

const me = (cookie: string) => t.app.inject({ url: '/api/v1/me', headers: { cookie } });
const sessionOf = (res: { cookies: { name: string; value: string }[] }) => {
  const cookie = res.cookies.find((c) => c.name === 'talon_session');
  return cookie ? `talon_session=${cookie.value}` : null;
};

describe('OpenID Connect login (ЕСИА-like provider on loopback)', () => {
  it('tells the web app the provider is available and its name', async () => {
    const res = await t.app.inject('/api/v1/auth/oidc');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ enabled: true, providerName: 'Госуслуги' });
  });

  it('documents the three routes in the OpenAPI document', async () => {
    const document = (await t.app.inject('/api/docs/json')).json();
    const validation = await new Validator().validate(document);
    expect(validation.valid, JSON.stringify(validation.errors)).toBe(true);
    expect(Object.keys(document.paths).filter((path) => path.includes('/oidc'))).toEqual([
      '/api/v1/auth/oidc',
      '/api/v1/auth/oidc/start',
      '/api/v1/auth/oidc/callback',
    ]);
  });

  it('redirects to the provider with PKCE S256, state and nonce, keeping the secrets in a sealed cookie', async () => {
    const res = await t.app.inject({ url: '/api/v1/auth/oidc/start', query: { next: '/appointments' } });
    expect(res.statusCode).toBe(302);
    const location = new URL(res.headers.location as string);
    expect(`${location.origin}`).toBe(idp.issuer);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      client_id: idp.clientId,
      redirect_uri: REDIRECT_URI,
      response_type: 'code',
      scope: 'openid profile snils',
      code_challenge_method: 'S256',
    });
    for (const name of ['state', 'nonce', 'code_challenge']) {
      expect(location.searchParams.get(name)).toMatch(/^[\w-]{32,}$/);
    }
    expect(location.searchParams.has('code_verifier')).toBe(false);
    const flow = flowCookieOf(res);
    expect(flow).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/v1/auth/oidc', maxAge: 600 });
    // Sealed: neither the state nor `next` can be read from it.
    expect(flow?.value).not.toContain(location.searchParams.get('state'));
    expect(Buffer.from(flow?.value ?? '', 'base64url').toString('latin1')).not.toContain('appointments');
  });

  it('logs a confirmed identity into the account with its SNILS, links it, and logs in by subject next time', async () => {
    const subject = `esia-${randomUUID()}`;
    const formatted = `${patient.snils.slice(0, 3)}-${patient.snils.slice(3, 6)}-${patient.snils.slice(6, 9)} ${patient.snils.slice(9)}`;
    const res = await logInThroughProvider(
      subject,
      { snils: formatted, trusted: true, family_name: 'Иванова', given_name: 'Мария' },
      { next: '/appointments?tab=future' },
    );
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe('/appointments?tab=future');
    expect(res.cookies.find((c) => c.name === 'talon_session')).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
    });
    // The flow cookie is spent.
    expect(flowCookieOf(res)?.value).toBe('');
    const cookie = sessionOf(res) as string;
    const first = await me(cookie);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ id: patient.id, displayName: 'Мария Иванова' });

    // The provider now sends a SNILS no account has: the link by subject still finds the account.
    const again = await logInThroughProvider(subject, { snils: uniqueSnils(), trusted: true });
    expect(again.headers.location).toBe('/account');
    const second = await me(sessionOf(again) as string);
    expect(second.statusCode).toBe(200);
    expect(second.json().id).toBe(patient.id);
    expect(sessionOf(again)).not.toBe(cookie);
  });

  it('refuses an unconfirmed identity even with a registered SNILS', async () => {
    for (const trusted of [false, undefined]) {
      const res = await logInThroughProvider(`esia-${randomUUID()}`, { snils: patient.snils, trusted });
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe('/login?error=EXTERNAL_IDENTITY_UNCONFIRMED');
      expect(sessionOf(res)).toBeNull();
    }
  });

  it('refuses a SNILS no account has: the person registers first', async () => {
    const res = await logInThroughProvider(`esia-${randomUUID()}`, { snils: uniqueSnils(), trusted: true });
    expect(res.headers.location).toBe('/login?error=EXTERNAL_ACCOUNT_NOT_FOUND');
    expect(sessionOf(res)).toBeNull();
  });

  it('refuses an identity without a valid SNILS', async () => {
    const missing = await logInThroughProvider(`esia-${randomUUID()}`, { trusted: true });
    expect(missing.headers.location).toBe('/login?error=EXTERNAL_IDENTITY_NO_SNILS');
    const invalid = await logInThroughProvider(`esia-${randomUUID()}`, {
      snils: `${patient.snils.slice(0, 9)}${patient.snils.slice(9) === '00' ? '01' : '00'}`,
      trusted: true,
    });
    expect(invalid.headers.location).toBe('/login?error=EXTERNAL_IDENTITY_NO_SNILS');
  });

  it('refuses a callback whose state was tampered with', async () => {
    const res = await logInThroughProvider(
      `esia-${randomUUID()}`,
      { snils: patient.snils, trusted: true },
      { tamper: (callback) => callback.searchParams.set('state', 'forged-state-value') },
    );
    expect(res.headers.location).toBe('/login?error=EXTERNAL_LOGIN_FAILED');
    expect(sessionOf(res)).toBeNull();
  });

  it('refuses a callback without the flow cookie, or with a forged one', async () => {
    idp.loginAs(`esia-${randomUUID()}`, { snils: patient.snils, trusted: true });
    const start = await t.app.inject('/api/v1/auth/oidc/start');
    const callback = await idp.authorize(start.headers.location as string);
    const url = `${callback.pathname}${callback.search}`;
    const value = flowCookieOf(start)?.value as string;
    const forged = `${value.slice(0, -4)}${value.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    for (const headers of [{}, { cookie: `talon_oidc=${forged}` }]) {
      const res = await t.app.inject({ url, headers });
      expect(res.headers.location).toBe('/login?error=EXTERNAL_LOGIN_EXPIRED');
      expect(sessionOf(res)).toBeNull();
    }
  });

  it('returns only to a same-site path after the login', async () => {
    const subject = `esia-${randomUUID()}`;
    for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const res = await logInThroughProvider(subject, { snils: patient.snils, trusted: true }, { next });
      expect(res.headers.location, next).toBe('/account');
    }
  });
});

describe('OpenID Connect switched off', () => {
  it('registers no OIDC routes without OIDC_ISSUER', async () => {
    const off = await createTestApp();
    try {
      expect((await off.app.inject('/api/v1/auth/oidc')).statusCode).toBe(404);
      expect((await off.app.inject('/api/v1/auth/oidc/start')).statusCode).toBe(404);
    } finally {
      await off.close();
    }
  });
});
