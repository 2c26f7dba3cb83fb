import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { requireAuditKey } from './audit-key';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded database on port 3000', () => {
    const config = loadConfig({ DATA_DIR: '/tmp/talon-x' });
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'pglite', dataDir: '/tmp/talon-x/pglite' });
    expect(config.isDemo).toBe(false);
  });

  it('selects PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@localhost:5432/talon', PORT: '8080' });
    expect(config.database).toMatchObject({ kind: 'postgres', url: 'postgres://u@localhost:5432/talon' });
    expect(config.port).toBe(8080);
  });

  it('lists every invalid variable at once', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', TALON_DEMO: 'yes' });
      expect.unreachable('loadConfig must throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const text = (error as ConfigError).issues.join('\n');
      expect(text).toMatch(/PORT/);
      expect(text).toMatch(/DATABASE_URL/);
      expect(text).toMatch(/TALON_DEMO/);
    }
  });

  it('reads the support desk’s hours, weekdays 08:00–20:00 by default, and refuses another form', () => {
    expect(loadConfig({}).supportHours).toBe('1-5 08:00-20:00');
    expect(loadConfig({ SUPPORT_HOURS: '1-7 09:00-21:00' }).supportHours).toBe('1-7 09:00-21:00');
    expect(() => loadConfig({ SUPPORT_HOURS: 'Mon-Fri 9-18' })).toThrow(/SUPPORT_HOURS/);
  });

  it('refuses demo mode and missing secrets in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', TALON_DEMO: '1' })).toThrow(
      /TALON_DEMO: demo mode is never allowed[\s\S]*TALON_ENCRYPTION_KEY: required/,
    );
  });

  it('rejects keys that are not 32 bytes', () => {
    expect(() => loadConfig({ TALON_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') })).toThrow(
      /32 bytes/,
    );
  });

  it('keeps TALON_ENCRYPTION_KEY working as the single key k1 (and a demo k1 without keys)', () => {
    const key = Buffer.alloc(32, 9);
    const config = loadConfig({ TALON_ENCRYPTION_KEY: key.toString('base64') });
    expect(config.secrets.currentKeyId).toBe('k1');
    expect([...config.secrets.encryptionKeys.keys()]).toEqual(['k1']);
    expect(config.secrets.encryptionKeys.get('k1')?.equals(key)).toBe(true);
    expect(loadConfig({}).secrets.encryptionKeys.get('k1')?.length).toBe(32);
  });

  it('reads a keyring from TALON_ENCRYPTION_KEYS with the current key named by TALON_ENCRYPTION_KEY_ID', () => {
    const a = Buffer.alloc(32, 1).toString('base64');
    const b = Buffer.alloc(32, 2).toString('base64');
    const config = loadConfig({ TALON_ENCRYPTION_KEYS: `k1:${a}, k2:${b}`, TALON_ENCRYPTION_KEY_ID: 'k2' });
    expect(config.secrets.currentKeyId).toBe('k2');
    expect([...config.secrets.encryptionKeys.keys()]).toEqual(['k1', 'k2']);
    // One key needs no id; the old single key joins the ring as k1.
    expect(loadConfig({ TALON_ENCRYPTION_KEYS: `b:${b}` }).secrets.currentKeyId).toBe('b');
    const merged = loadConfig({
      TALON_ENCRYPTION_KEY: a,
      TALON_ENCRYPTION_KEYS: `k2:${b}`,
      TALON_ENCRYPTION_KEY_ID: 'k2',
    });
    expect([...merged.secrets.encryptionKeys.keys()].sort()).toEqual(['k1', 'k2']);
  });

  it('refuses a malformed keyring without echoing key material', () => {
    const a = Buffer.alloc(32, 1).toString('base64');
    const short = Buffer.alloc(16, 1).toString('base64');
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (error) {
        return (error as ConfigError).issues.join('\n');
      }
      return '';
    };
    expect(problems({ TALON_ENCRYPTION_KEYS: `k1:${a},k2:${short}` })).toMatch(/key "k2" must be 32 bytes/);
    expect(problems({ TALON_ENCRYPTION_KEYS: `K_1:${a}` })).toMatch(/keyId:base64key/);
    expect(problems({ TALON_ENCRYPTION_KEYS: `v1:${a}` })).toMatch(/keyId:base64key/);
    expect(problems({ TALON_ENCRYPTION_KEYS: `a:${a},a:${a}` })).toMatch(/"a" is listed twice/);
    expect(problems({ TALON_ENCRYPTION_KEYS: `a:${a},b:${a}` })).toMatch(/TALON_ENCRYPTION_KEY_ID: required/);
    expect(problems({ TALON_ENCRYPTION_KEYS: `a:${a}`, TALON_ENCRYPTION_KEY_ID: 'z' })).toMatch(
      /TALON_ENCRYPTION_KEY_ID: names no configured key/,
    );
    expect(
      problems({
        TALON_ENCRYPTION_KEY: a,
        TALON_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 3).toString('base64')}`,
      }),
    ).toMatch(/TALON_ENCRYPTION_KEY: differs/);
    expect(problems({ TALON_ENCRYPTION_KEYS: `k1:${a},k2:${short}` })).not.toContain(a);
  });

  it('accepts TALON_ENCRYPTION_KEYS instead of TALON_ENCRYPTION_KEY in production', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      TALON_ENCRYPTION_KEYS: `k7:${Buffer.alloc(32, 1).toString('base64')}`,
      TALON_LOOKUP_KEY: Buffer.alloc(32, 2).toString('base64'),
      TALON_AUDIT_KEY: Buffer.alloc(32, 3).toString('base64'),
    });
    expect(config.secrets.currentKeyId).toBe('k7');
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });
});

describe('messaging configuration', () => {
  it('leaves both channels unconfigured by default and runs the worker in-process', () => {
    expect(loadConfig({}).messaging).toEqual({ sms: null, smtp: null, workerInProcess: true });
  });

  it('reads the SMS gateway and SMTP settings', () => {
    const { messaging } = loadConfig({
      SMS_GATEWAY_URL: 'https://sms.example.ru/sms/send',
      SMS_GATEWAY_API_KEY: 'secret',
      SMS_SENDER: 'Talon',
      SMTP_URL: 'smtps://user:pass@smtp.example.ru:465',
      MAIL_FROM: 'Талон <noreply@example.ru>',
    });
    expect(messaging.sms).toEqual({
      gatewayUrl: 'https://sms.example.ru/sms/send',
      apiKey: 'secret',
      sender: 'Talon',
    });
    expect(messaging.smtp).toEqual({
      url: 'smtps://user:pass@smtp.example.ru:465',
      from: 'Талон <noreply@example.ru>',
    });
  });

  it('allows http and private push endpoints only when asked, or under NODE_ENV=test', () => {
    expect(loadConfig({}).delivery.allowInsecurePushEndpoints).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).delivery.allowInsecurePushEndpoints).toBe(true);
    expect(loadConfig({ PUSH_ALLOW_INSECURE_ENDPOINTS: '1' }).delivery.allowInsecurePushEndpoints).toBe(true);
    expect(
      loadConfig({ NODE_ENV: 'test', PUSH_ALLOW_INSECURE_ENDPOINTS: '0' }).delivery
        .allowInsecurePushEndpoints,
    ).toBe(false);
  });

  it('limits integration clients and admits loopback JWKS addresses only outside production', () => {
    expect(loadConfig({}).oauth).toEqual({
      clientCallsPerMinute: 600,
      tokenRequestsPerMinute: 30,
      allowLoopbackJwks: true,
    });
    expect(loadConfig({ OAUTH_ALLOW_LOOPBACK_JWKS: '0' }).oauth.allowLoopbackJwks).toBe(false);
    expect(loadConfig({ OAUTH_CLIENT_CALLS_PER_MINUTE: '60' }).oauth.clientCallsPerMinute).toBe(60);
  });

  it('runs one API process per core on PostgreSQL unless told, and only one on PGlite', () => {
    const postgres = { DATABASE_URL: 'postgres://u@localhost/talon' };
    expect(loadConfig(postgres).processes).toBe(availableParallelism());
    expect(loadConfig({ ...postgres, TALON_PROCESSES: '3' }).processes).toBe(3);
    expect(loadConfig({}).processes).toBe(1);
    expect(loadConfig({ TALON_PROCESSES: '1' }).processes).toBe(1);
    expect(() => loadConfig({ TALON_PROCESSES: '2' })).toThrow(/TALON_PROCESSES: the embedded database/);
    expect(() => loadConfig({ ...postgres, TALON_PROCESSES: '0' })).toThrow(/TALON_PROCESSES/);
  });

  it('always runs the worker in-process on PGlite, optionally not on PostgreSQL', () => {
    expect(loadConfig({ WORKER_IN_PROCESS: '0' }).messaging.workerInProcess).toBe(true);
    const postgres = { DATABASE_URL: 'postgres://u@localhost/talon', WORKER_IN_PROCESS: '0' };
    expect(loadConfig(postgres).messaging.workerInProcess).toBe(false);
  });

  it('refuses a gateway without a key and a non-SMTP mail URL, without echoing them', () => {
    try {
      loadConfig({ SMS_GATEWAY_URL: 'https://sms.example.ru', SMTP_URL: 'http://user:hunter2@x' });
      expect.unreachable('loadConfig must throw');
    } catch (error) {
      const text = (error as ConfigError).issues.join('\n');
      expect(text).toMatch(/SMS_GATEWAY_API_KEY/);
      expect(text).toMatch(/SMTP_URL/);
      expect(text).not.toMatch(/hunter2/);
    }
  });
});

describe('OpenID Connect configuration', () => {
  const esia = {
    OIDC_ISSUER: 'https://esia.example.ru/',
    OIDC_CLIENT_ID: 'talon',
    OIDC_CLIENT_SECRET: 'oidc-secret',
  };

  it('is off without OIDC_ISSUER', () => {
    expect(loadConfig({}).oidc).toBeNull();
  });

  it('reads the provider with defaults for the button, scopes, claims and the callback on PORT', () => {
    expect(loadConfig({ ...esia, PORT: '8080' }).oidc).toEqual({
      issuer: 'https://esia.example.ru/',
      clientId: 'talon',
      clientSecret: 'oidc-secret',
      redirectUri: 'http://localhost:8080/api/v1/auth/oidc/callback',
      providerName: 'Госуслуги',
      scopes: 'openid profile snils',
      snilsClaim: 'snils',
      verifiedClaim: 'trusted',
      allowInsecure: false,
    });
    const custom = loadConfig({
      ...esia,
      OIDC_REDIRECT_URI: 'https://talon.example.ru/api/v1/auth/oidc/callback',
      OIDC_PROVIDER_NAME: 'Госуслуги (тест)',
      OIDC_SCOPES: ' openid  snils ',
      OIDC_SNILS_CLAIM: 'snils_number',
      OIDC_VERIFIED_CLAIM: 'verified',
    }).oidc;
    expect(custom).toMatchObject({
      redirectUri: 'https://talon.example.ru/api/v1/auth/oidc/callback',
      providerName: 'Госуслуги (тест)',
      scopes: 'openid snils',
      snilsClaim: 'snils_number',
      verifiedClaim: 'verified',
    });
  });

  it('requires the client credentials and openid in the scopes, without echoing the secret', () => {
    const issues = (env: NodeJS.ProcessEnv) => {
      try {
        loadConfig(env);
        return '';
      } catch (error) {
        return (error as ConfigError).issues.join('\n');
      }
    };
    expect(issues({ OIDC_ISSUER: 'https://esia.example.ru' })).toMatch(
      /OIDC_CLIENT_ID[\s\S]*OIDC_CLIENT_SECRET/,
    );
    const text = issues({ ...esia, OIDC_SCOPES: 'profile snils', OIDC_CLIENT_SECRET: 'hunter2' });
    expect(text).toMatch(/OIDC_SCOPES/);
    expect(text).not.toMatch(/hunter2/);
    expect(issues({ ...esia, OIDC_ISSUER: 'ftp://esia.example.ru' })).toMatch(/OIDC_ISSUER/);
  });

  it('allows an http provider only with OIDC_ALLOW_INSECURE and never in production', () => {
    const local = { ...esia, OIDC_ISSUER: 'http://127.0.0.1:4000' };
    expect(() => loadConfig(local)).toThrow(/OIDC_ISSUER: must be https/);
    expect(loadConfig({ ...local, OIDC_ALLOW_INSECURE: '1' }).oidc?.allowInsecure).toBe(true);
    const production = {
      ...local,
      OIDC_ALLOW_INSECURE: '1',
      NODE_ENV: 'production',
      TALON_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
      TALON_LOOKUP_KEY: Buffer.alloc(32, 2).toString('base64'),
      TALON_AUDIT_KEY: Buffer.alloc(32, 3).toString('base64'),
    };
    expect(() => loadConfig(production)).toThrow(/OIDC_ISSUER: must be https in production/);
    expect(() => loadConfig(production)).toThrow(/OIDC_REDIRECT_URI: required in production/);
  });

  it('reads the booking rules’ numbers with the defaults of the brief and refuses nonsense', () => {
    expect(loadConfig({}).booking).toEqual({
      holdMinutes: 5,
      specialtyLimit: 1,
      specialtyLimits: [],
      noShowLimit: 2,
      noShowWindowDays: 365,
      noShowSuspensionDays: 30,
      rebookPriorityHours: 72,
      waitlistOfferMinutes: 15,
      waitlistMaxEntries: 5,
    });
    expect(loadConfig({ BOOKING_SPECIALTY_LIMIT: '2' }).booking.specialtyLimit).toBe(2);
    expect(
      loadConfig({ BOOKING_SPECIALTY_LIMITS: '77:dentist=2, *:gynecologist=3,39:*=1' }).booking
        .specialtyLimits,
    ).toEqual([
      { region: '77', specialty: 'dentist', limit: 2 },
      { region: '*', specialty: 'gynecologist', limit: 3 },
      { region: '39', specialty: '*', limit: 1 },
    ]);
    expect(() => loadConfig({ BOOKING_SPECIALTY_LIMITS: 'moscow:dentist=2' })).toThrow(
      /BOOKING_SPECIALTY_LIMITS/,
    );
    expect(() => loadConfig({ BOOKING_SPECIALTY_LIMITS: '77:dentist=0' })).toThrow(
      /BOOKING_SPECIALTY_LIMITS/,
    );
    expect(loadConfig({ BOOKING_REBOOK_PRIORITY_HOURS: '24' }).booking.rebookPriorityHours).toBe(24);
    expect(() => loadConfig({ BOOKING_HOLD_MINUTES: '0' })).toThrow(/BOOKING_HOLD_MINUTES/);
    expect(loadConfig({ BOOKING_WAITLIST_OFFER_MINUTES: '30' }).booking.waitlistOfferMinutes).toBe(30);
    expect(() => loadConfig({ BOOKING_WAITLIST_OFFER_MINUTES: '0' })).toThrow(
      /BOOKING_WAITLIST_OFFER_MINUTES/,
    );
  });
});

describe('audit and key configuration', () => {
  const key = (fill: number) => Buffer.alloc(32, fill).toString('base64');

  it('requires TALON_AUDIT_KEY in production and never echoes it', () => {
    const production = {
      NODE_ENV: 'production',
      TALON_ENCRYPTION_KEY: key(1),
      TALON_LOOKUP_KEY: key(2),
    };
    expect(() => loadConfig(production)).toThrow(/TALON_AUDIT_KEY: required in production/);
    const config = loadConfig({ ...production, TALON_AUDIT_KEY: key(3) });
    expect(config.secrets.auditKey?.equals(Buffer.alloc(32, 3))).toBe(true);
    expect(() => loadConfig({ ...production, TALON_AUDIT_KEY: 'short' })).toThrow(
      /TALON_AUDIT_KEY: must be 32 bytes/,
    );
  });

  it('has a demo audit key only in demo mode and tests; elsewhere the chaining processes refuse to start', () => {
    expect(loadConfig({ TALON_DEMO: '1' }).secrets.auditKey?.length).toBe(32);
    expect(loadConfig({ NODE_ENV: 'test' }).secrets.auditKey?.length).toBe(32);
    const development = loadConfig({});
    expect(development.secrets.auditKey).toBeNull();
    expect(() => requireAuditKey(development)).toThrow(/TALON_AUDIT_KEY: required outside demo mode/);
    expect(requireAuditKey(loadConfig({ TALON_AUDIT_KEY: key(4) })).equals(Buffer.alloc(32, 4))).toBe(true);
  });

  it('reads the previous look-up key of a rotation, and refuses the same key twice', () => {
    expect(loadConfig({}).secrets.previousLookupKey).toBeNull();
    const rotating = loadConfig({ TALON_LOOKUP_KEY: key(5), TALON_LOOKUP_KEY_PREVIOUS: key(6) });
    expect(rotating.secrets.previousLookupKey?.equals(Buffer.alloc(32, 6))).toBe(true);
    expect(() => loadConfig({ TALON_LOOKUP_KEY: key(5), TALON_LOOKUP_KEY_PREVIOUS: key(5) })).toThrow(
      /TALON_LOOKUP_KEY_PREVIOUS: is the same key/,
    );
  });

  it('keeps checkpoints in DATA_DIR/audit-checkpoints (none in tests unless asked) and reads the officer', () => {
    const config = loadConfig({ DATA_DIR: '/tmp/talon-x', SECURITY_OFFICER_EMAIL: 'Officer@Clinic.RU' });
    expect(config.audit).toEqual({
      checkpointDir: '/tmp/talon-x/audit-checkpoints',
      checkpointMinutes: 10,
      securityOfficerEmail: 'officer@clinic.ru',
    });
    expect(loadConfig({ NODE_ENV: 'test' }).audit.checkpointDir).toBeNull();
    expect(loadConfig({ NODE_ENV: 'test', AUDIT_CHECKPOINT_DIR: '/tmp/cp' }).audit.checkpointDir).toBe(
      '/tmp/cp',
    );
    expect(() => loadConfig({ SECURITY_OFFICER_EMAIL: 'nobody' })).toThrow(/SECURITY_OFFICER_EMAIL/);
    expect(() => loadConfig({ DB_APP_ROLE: 'Talon App' })).toThrow(/DB_APP_ROLE/);
    const postgres = loadConfig({ DATABASE_URL: 'postgres://owner@db/talon', DB_APP_ROLE: 'talon_app' });
    expect(postgres.database).toMatchObject({ kind: 'postgres', appRole: 'talon_app' });
  });
});
