import { schema } from '@talon/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniquePhone } from '../testing/identity-helpers';
import { createTestApp, type TestApp } from '../testing/test-app';

// Issue 15, item 5: the client address behind the documented deployment (one reverse proxy) is the one the
// proxy saw; an X-Forwarded-For the client sends itself changes nothing; the per-address login limit
// counts that address.
const CLIENT = '203.0.113.9';
const PROXY = '10.0.0.2';

/** 100 failed logins from `ip` within the last minutes: the address's budget is spent. */
async function spendAddressBudget(t: TestApp, ip: string) {
  const at = new Date();
  await t.database.db
    .insert(schema.loginFailures)
    .values(Array.from({ length: 100 }, (_, i) => ({ ip, loginHash: `spent-${i}`, createdAt: at })));
}

const login = (t: TestApp, remoteAddress: string, forwardedFor?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress,
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    payload: { login: uniquePhone(), password: 'Неверный-1' },
  });

describe('behind one reverse proxy (TRUST_PROXY=1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: '1' } });
    await spendAddressBudget(t, CLIENT);
  });
  afterAll(() => t?.close());

  it('limits the client the proxy saw, whatever X-Forwarded-For the client sent itself', async () => {
    // The proxy appends the address it saw to what the client sent.
    for (const sent of [CLIENT, `198.51.100.1, ${CLIENT}`, `${CLIENT}, ${CLIENT}`]) {
      const res = await login(t, PROXY, sent);
      expect(res.statusCode, sent).toBe(429);
      expect(res.json().code).toBe('LOGIN_THROTTLED');
    }
    // A client claiming to be the limited one is judged by its own address.
    const spoofed = await login(t, PROXY, `${CLIENT}, 198.51.100.2`);
    expect(spoofed.statusCode).toBe(401);
  });
});

describe('with the proxy named by address (TRUST_PROXY=10.0.0.2)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: PROXY } });
    await spendAddressBudget(t, CLIENT);
  });
  afterAll(() => t?.close());

  it('believes X-Forwarded-For only from the proxy', async () => {
    expect((await login(t, PROXY, CLIENT)).statusCode).toBe(429);
    // Straight from the internet, a forged header is ignored: the socket's address counts.
    expect((await login(t, '198.51.100.3', CLIENT)).statusCode).toBe(401);
    expect((await login(t, CLIENT, '198.51.100.4')).statusCode).toBe(429);
  });
});

describe('without a proxy (TRUST_PROXY unset)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await spendAddressBudget(t, CLIENT);
  });
  afterAll(() => t?.close());

  it('ignores X-Forwarded-For', async () => {
    expect((await login(t, '198.51.100.5', CLIENT)).statusCode).toBe(401);
    expect((await login(t, CLIENT, '198.51.100.6')).statusCode).toBe(429);
  });
});
