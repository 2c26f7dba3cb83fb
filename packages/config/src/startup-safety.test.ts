import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { isLocalDatabaseUrl } from './env-values';
import { assertSafeToStart, startupRefusals } from './startup-safety';

const KEYS = {
  TALON_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
  TALON_LOOKUP_KEY: Buffer.alloc(32, 2).toString('base64'),
};

describe('startupRefusals (issue 15, item 8)', () => {
  it('allows the demo keys only for the demo on the embedded database', () => {
    expect(startupRefusals(loadConfig({ TALON_DEMO: '1' }))).toEqual([]);
    expect(startupRefusals(loadConfig({}))).toEqual([expect.stringMatching(/demo keys/)]);
    expect(
      startupRefusals(loadConfig({ TALON_DEMO: '1', DATABASE_URL: 'postgres://talon@localhost/talon' })),
    ).toEqual([expect.stringMatching(/demo keys/)]);
    // One real key is not enough: the other would still be the published one.
    expect(startupRefusals(loadConfig({ TALON_LOOKUP_KEY: KEYS.TALON_LOOKUP_KEY }))).toHaveLength(1);
    expect(startupRefusals(loadConfig({ TALON_ENCRYPTION_KEY: KEYS.TALON_ENCRYPTION_KEY }))).toHaveLength(1);
    expect(startupRefusals(loadConfig(KEYS))).toEqual([]);
    expect(startupRefusals(loadConfig({ ...KEYS, DATABASE_URL: 'postgres://db.example.ru/talon' }))).toEqual(
      [],
    );
  });

  it('refuses demo mode on a PostgreSQL server elsewhere unless forced', () => {
    const remote = { ...KEYS, TALON_DEMO: '1', DATABASE_URL: 'postgres://talon@db.example.ru/talon' };
    expect(startupRefusals(loadConfig(remote))).toEqual([expect.stringMatching(/TALON_DEMO: .*not on this/)]);
    expect(startupRefusals(loadConfig({ ...remote, TALON_DEMO_ALLOW_REMOTE_DATABASE: '1' }))).toEqual([]);
    expect(
      startupRefusals(loadConfig({ ...remote, DATABASE_URL: 'postgres://talon@127.0.0.1:5433/talon' })),
    ).toEqual([]);
    expect(() => assertSafeToStart(loadConfig(remote))).toThrow(/TALON_DEMO_ALLOW_REMOTE_DATABASE/);
  });

  it('tells local database URLs from remote ones', () => {
    expect(isLocalDatabaseUrl('postgres://u@localhost/talon')).toBe(true);
    expect(isLocalDatabaseUrl('postgres://u@127.0.0.1:5432/talon')).toBe(true);
    expect(isLocalDatabaseUrl('postgres://u@[::1]:5432/talon')).toBe(true);
    expect(isLocalDatabaseUrl('postgresql://u@/talon?host=/var/run/postgresql')).toBe(true);
    expect(isLocalDatabaseUrl('postgres://u@db.example.ru/talon')).toBe(false);
    expect(isLocalDatabaseUrl('postgres://u@10.0.0.5/talon')).toBe(false);
    expect(isLocalDatabaseUrl('postgres://u@localhost.example.ru/talon')).toBe(false);
    expect(isLocalDatabaseUrl('postgres://u@x/talon?host=db.example.ru')).toBe(false);
  });
});

describe('TRUST_PROXY (issue 15, item 5)', () => {
  it('takes a hop count or proxy addresses and CIDRs, never "everything"', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.2, 10.1.0.0/16,::1,fd00::/8,loopback' }).trustProxy).toEqual([
      '10.0.0.2',
      '10.1.0.0/16',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: trusting every proxy is refused/);
    expect(() => loadConfig({ TRUST_PROXY: '*' })).toThrow(/trusting every proxy is refused/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY: must be a hop count/);
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.example.ru' })).toThrow(/proxy\.example\.ru/);
  });
});

describe('session cookie (issue 15, item 10)', () => {
  it('is Secure and __Host- prefixed when the public address is https', () => {
    expect(loadConfig({}).session).toEqual({ cookieName: 'talon_session', secureCookie: false });
    expect(loadConfig({ PUBLIC_URL: 'http://talon.local:3000' }).session.secureCookie).toBe(false);
    expect(loadConfig({ PUBLIC_URL: 'https://talon.example.ru' }).session).toEqual({
      cookieName: '__Host-talon_session',
      secureCookie: true,
    });
  });
});
