import { availableParallelism } from 'node:os';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { z } from 'zod';
import { blankAsUndefined, flag, optionalInt, ZSpecialtyLimits, ZTrustProxy } from './env-values';
import { type OAuthConfig, oauthConfig, oauthEnvShape } from './oauth-config';
import { checkOidcEnv, oidcEnvShape } from './oidc-env';
import { type Secrets, secretIssues, secretsOf, secretVariables } from './secrets';
import { supportEnvShape } from './support-config';
import { type SymptomGuideConfig, symptomGuideConfig, symptomGuideEnvShape } from './symptom-guide-config';
import { checkUploadsEnv, type UploadsConfig, uploadsConfig, uploadsEnvShape } from './uploads-config';
import { type VideoConfig, videoConfig, videoEnvShape } from './video-config';
import { type WaitingRoomConfig, waitingRoomConfig, waitingRoomEnvShape } from './waiting-room-config';

const ZEnv = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    DATA_DIR: z.string().default('./data'),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    DB_POOL_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(1).max(60_000).default(2_000),
    DB_POOL_MAX_WAITING: z.coerce.number().int().min(0).max(100_000).default(100),
    OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: optionalInt(0),
    OVERLOAD_MAX_HEAP_USED_MB: optionalInt(0),
    OVERLOAD_SAMPLE_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(1_000),
    OVERLOAD_RETRY_AFTER_SECONDS: z.coerce.number().int().min(1).max(3_600).default(5),
    HTTP_MAX_CONNECTIONS: optionalInt(0),
    RATE_LIMIT_BOOKING_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
    ...oauthEnvShape,
    BOOKING_HOLD_MINUTES: z.coerce.number().int().min(1).max(60).default(5),
    BOOKING_SPECIALTY_LIMIT: z.coerce.number().int().min(1).max(10).default(1),
    BOOKING_SPECIALTY_LIMITS: z.preprocess(blankAsUndefined, ZSpecialtyLimits.optional()),
    BOOKING_NO_SHOW_LIMIT: z.coerce.number().int().min(1).max(100).default(2),
    BOOKING_NO_SHOW_WINDOW_DAYS: z.coerce.number().int().min(1).max(3_650).default(365),
    BOOKING_NO_SHOW_SUSPENSION_DAYS: z.coerce.number().int().min(0).max(3_650).default(30),
    BOOKING_REBOOK_PRIORITY_HOURS: z.coerce.number().int().min(0).max(720).default(72),
    BOOKING_WAITLIST_OFFER_MINUTES: z.coerce.number().int().min(1).max(240).default(15),
    BOOKING_WAITLIST_MAX_ENTRIES: z.coerce.number().int().min(1).max(50).default(5),
    SSE_MAX_CLIENTS: z.coerce.number().int().min(0).max(1_000_000).default(1_000),
    SSE_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(300).default(15),
    SLOT_SEARCH_CACHE_MS: optionalInt(0, 60_000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    TALON_DEMO: flag,
    TALON_DEMO_ALLOW_REMOTE_DATABASE: flag,
    TRUST_PROXY: z.preprocess(blankAsUndefined, ZTrustProxy.optional()),
    METRICS_TOKEN: z.preprocess(blankAsUndefined, z.string().min(16).optional()),
    METRICS_PORT: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(65_535).optional()),
    SSE_MAX_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(20),
    SSE_MAX_PER_ACCOUNT: z.coerce.number().int().min(1).max(1_000).default(5),
    AUTH_CODES_PER_PHONE_HOUR: z.coerce.number().int().min(1).max(1_000).default(10),
    AUTH_CODES_PER_ADDRESS_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(50),
    AUTH_CODES_PER_HOUR: z.coerce.number().int().min(1).max(100_000_000).default(20_000),
    PASSWORD_HASH_CONCURRENCY: optionalInt(1, 64),
    PASSWORD_HASH_MAX_QUEUE: z.coerce.number().int().min(0).max(100_000).default(50),
    WEB_DIST_DIR: z.string().default('apps/web/dist'),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
    ...secretVariables,
    // The audit log (docs/identity.md «Audit log»): where signed checkpoints of the chain go, how often, and
    // who hears of a broken chain; the application's database role that `npm run migrate` grants.
    AUDIT_CHECKPOINT_DIR: z.preprocess(blankAsUndefined, z.string().optional()),
    AUDIT_CHECKPOINT_MINUTES: z.coerce.number().int().min(1).max(1_440).default(10),
    SECURITY_OFFICER_EMAIL: z.preprocess(blankAsUndefined, z.email().optional()),
    DB_APP_ROLE: z.preprocess(
      blankAsUndefined,
      z
        .string()
        .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a PostgreSQL role name (a-z, 0-9, _)')
        .optional(),
    ),
    SMS_GATEWAY_URL: z.preprocess(blankAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
    SMS_GATEWAY_API_KEY: z.preprocess(blankAsUndefined, z.string().optional()),
    SMS_SENDER: z.preprocess(blankAsUndefined, z.string().max(11).optional()),
    SMTP_URL: z.preprocess(
      blankAsUndefined,
      z
        .string()
        .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
        .optional(),
    ),
    MAIL_FROM: z.preprocess(blankAsUndefined, z.string().default('Талон <noreply@talon.local>')),
    WORKER_IN_PROCESS: z.preprocess(blankAsUndefined, z.enum(['0', '1', 'true', 'false']).default('1')),
    // API processes on the one port (issue 16 item 3); empty: the cores on PostgreSQL, 1 on PGlite.
    TALON_PROCESSES: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(64).optional()),
    // Notification delivery (issue 5): Web Push keys, the SMS status callback secret, per-channel rates.
    VAPID_PUBLIC_KEY: z.preprocess(
      blankAsUndefined,
      z
        .string()
        .regex(/^[\w-]{80,100}$/)
        .optional(),
    ),
    VAPID_PRIVATE_KEY: z.preprocess(
      blankAsUndefined,
      z
        .string()
        .regex(/^[\w-]{40,50}$/)
        .optional(),
    ),
    VAPID_SUBJECT: z.string().default('mailto:support@talon.local'),
    PUSH_ALLOW_INSECURE_ENDPOINTS: z.preprocess(blankAsUndefined, z.enum(['0', '1']).optional()),
    SMS_STATUS_SECRET: z.preprocess(blankAsUndefined, z.string().min(16).optional()),
    OUTBOX_RATE_SMS_PER_SECOND: z.coerce.number().min(0).max(100_000).default(0),
    OUTBOX_RATE_EMAIL_PER_SECOND: z.coerce.number().min(0).max(100_000).default(0),
    OUTBOX_RATE_PUSH_PER_SECOND: z.coerce.number().min(0).max(100_000).default(0),
    OUTBOX_DISPATCH_BATCH: z.coerce.number().int().min(1).max(1_000).default(200),
    OUTBOX_DISPATCH_CONCURRENCY: z.coerce.number().int().min(1).max(1_000).default(64),
    // Reminders (docs/domain.md rule 21; docs/notifications.md «Events, reminders and preferences»).
    REMINDER_EMAIL_HOURS: z.coerce.number().int().min(1).max(336).default(72),
    REMINDER_SMS_HOURS: z.coerce.number().int().min(1).max(168).default(24),
    REMINDER_PUSH_MINUTES: z.coerce.number().int().min(5).max(1_440).default(120),
    REMINDER_CATCH_UP_MINUTES: z.coerce.number().int().min(0).max(1_440).default(60),
    REMINDER_SWEEP_MINUTES: z.coerce.number().int().min(1).max(60).default(5),
    PUBLIC_URL: z.preprocess(blankAsUndefined, z.string().url().optional()),
    SMTP_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(16),
    OUTBOX_STALE_AFTER_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
    ...oidcEnvShape,
    ...uploadsEnvShape,
    ...symptomGuideEnvShape,
    ...supportEnvShape,
    ...videoEnvShape,
    ...waitingRoomEnvShape,
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.TALON_DEMO) {
      ctx.addIssue({
        code: 'custom',
        path: ['TALON_DEMO'],
        message: 'demo mode is never allowed in production',
      });
    }
    if (!env.DATABASE_URL && env.TALON_PROCESSES && env.TALON_PROCESSES > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['TALON_PROCESSES'],
        message: 'the embedded database (no DATABASE_URL) serves one process; set DATABASE_URL for more',
      });
    }
    for (const [variable, message] of secretIssues(env)) {
      ctx.addIssue({ code: 'custom', path: [variable], message });
    }
    checkOidcEnv(env, (key, message) => ctx.addIssue({ code: 'custom', path: [key], message }));
    checkUploadsEnv(env, (key, message) => ctx.addIssue({ code: 'custom', path: [key], message }));
    if (env.SMS_GATEWAY_URL && !env.SMS_GATEWAY_API_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['SMS_GATEWAY_API_KEY'],
        message: 'required with SMS_GATEWAY_URL',
      });
    }
  });

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  isDemo: boolean;
  /** Demo mode may run on a PostgreSQL server that is not on this machine (TALON_DEMO_ALLOW_REMOTE_DATABASE). */
  allowRemoteDemoDatabase: boolean;
  /**
   * Which `X-Forwarded-For` hops are believed (Fastify's `trustProxy`): none, a hop count, or the proxies'
   * addresses and CIDRs. Never "every proxy": the client address feeds the per-address limits.
   */
  trustProxy: false | number | readonly string[];
  /**
   * The browser session cookie (docs/identity.md, Sessions): with an https `PUBLIC_URL` it is `Secure` and
   * named `__Host-talon_session` (no Domain, Path=/); on plain http (local demo, tests) browsers refuse both,
   * so it is `talon_session` without `Secure`.
   */
  session: Readonly<{ cookieName: string; secureCookie: boolean }>;
  /** `/metrics`: off on the public port unless `token` (sent as a bearer token) is set; or served on `port`. */
  metrics: Readonly<{ token: string | null; port: number | null }>;
  /**
   * Requests that send a one-time code or a notice (registration, resend, password reset, the SMS second
   * factor), counted in the database so every server process shares the count: per phone (or e-mail) and
   * per client address an hour, and for the whole installation an hour.
   */
  authLimits: Readonly<{ perPhonePerHour: number; perAddressPerHour: number; perHour: number }>;
  /**
   * argon2 work (login, registration, password changes) runs at most `concurrency` at once with at most
   * `maxQueue` waiting; past that the request gets 503 OVERLOADED, so a burst cannot starve booking.
   */
  passwordHashing: Readonly<{ concurrency: number; maxQueue: number }>;
  logLevel: string;
  shutdownTimeoutMs: number;
  webDistDir: string;
  database:
    | Readonly<{ kind: 'pglite'; dataDir: string }>
    | Readonly<{
        kind: 'postgres';
        url: string;
        poolMax: number;
        acquireTimeoutMs: number;
        maxWaiting: number;
        /** The role the application connects as, granted by `npm run migrate` run as the owner. */
        appRole: string | null;
      }>;
  /**
   * Shedding load instead of queueing (issue 4, item 11): `maxEventLoopDelayMs` and `maxHeapUsedBytes`
   * (0 = off) make the API answer 503 with `Retry-After: retryAfterSeconds` while exceeded, measured every
   * `sampleIntervalMs`; database waits are bounded by `database.acquireTimeoutMs` and `database.maxWaiting`.
   */
  overload: Readonly<{
    maxEventLoopDelayMs: number;
    maxHeapUsedBytes: number;
    sampleIntervalMs: number;
    retryAfterSeconds: number;
    /** Client connections held at most (0: no bound; null: from the open-file limit, connection-limit.ts). */
    maxConnections: number | null;
  }>;
  /** Per-account request limits of this process (a sliding minute); routes opt in with `config.rateLimit`. */
  rateLimits: Readonly<{ bookingPerMinute: number }>;
  oauth: OAuthConfig;
  /** Booking rules' numbers (docs/domain.md rules 3, 3a; issue 4 item 4); see `DEFAULT_BOOKING_POLICY` in core. */
  booking: Readonly<{
    holdMinutes: number;
    specialtyLimit: number;
    /** Per-region and per-specialty exceptions to `specialtyLimit`; `*` matches any. */
    specialtyLimits: readonly Readonly<{ region: string; specialty: string; limit: number }>[];
    noShowLimit: number;
    noShowWindowDays: number;
    noShowSuspensionDays: number;
    /** After a clinic cancellation the patient may book priority-quota slots this long (docs/domain.md rule 8). */
    rebookPriorityHours: number;
    /** Waitlist (issue 4 item 7): minutes a freed slot is offered to one waiting patient exclusively. */
    waitlistOfferMinutes: number;
    /** Waitlist: waiting entries one patient may have at once. */
    waitlistMaxEntries: number;
  }>;
  /**
   * Notification delivery (docs/notifications.md, «Channels and delivery»). `vapid`: the Web Push key pair
   * from the environment, or null to use the pair generated at first start and kept in the database.
   * `smsStatusSecret`: shared secret of the SMS delivery status callback (null: the callback is off).
   * `ratePerSecond`: messages per second per channel and worker process (0 = unlimited). `dispatch`: due
   * messages claimed per batch and sent at once per worker process; `smtpPoolSize`: open SMTP connections.
   */
  delivery: Readonly<{
    vapid: Readonly<{ publicKey: string; privateKey: string }> | null;
    vapidSubject: string;
    allowInsecurePushEndpoints: boolean;
    smsStatusSecret: string | null;
    ratePerSecond: Readonly<{ sms: number; email: number; push: number }>;
    dispatch: Readonly<{ batchSize: number; concurrency: number }>;
    smtpPoolSize: number;
    /** A message left in `sending` this long is taken for lost (its worker died) and tried again. */
    staleAfterMs: number;
  }>;
  /**
   * Reminders (docs/domain.md rule 21): how long before a visit each goes out, how late a missed one still goes
   * out (`catchUpMinutes`), how often the sweep runs; `publicUrl`: the web app's address in email links.
   */
  reminders: Readonly<{
    emailHours: number;
    smsHours: number;
    pushMinutes: number;
    catchUpMinutes: number;
    sweepMinutes: number;
    publicUrl: string;
  }>;
  /** Live events (SSE): open streams per process, per client address, per account; heartbeat seconds. */
  /** Searches within one window of `cacheWindowMs` share a page (docs/booking-search.md); 0: off. */
  slotSearch: Readonly<{ cacheWindowMs: number }>;
  live: Readonly<{
    maxSubscribers: number;
    maxPerAddress: number;
    maxPerAccount: number;
    heartbeatSeconds: number;
  }>;
  /** Field-cipher keys, the look-up HMAC keys and the audit chain's key (`secrets.ts`). */
  secrets: Readonly<Secrets>;
  /**
   * The audit log's anchors outside the database (docs/identity.md «Audit log»): the folder of signed checkpoints
   * (null: none — tests, unless AUDIT_CHECKPOINT_DIR is set), minutes between them, the security officer's address.
   */
  audit: Readonly<{
    checkpointDir: string | null;
    checkpointMinutes: number;
    securityOfficerEmail: string | null;
  }>;
  /**
   * Outgoing messages. A channel left unconfigured (null) goes to the development sink outside production;
   * in production the worker refuses to start without it. `workerInProcess`: the API process also runs the
   * job worker (always on PGlite).
   */
  /**
   * API processes serving the one port (node:cluster): everything they share (sessions, rate limits,
   * idempotency keys, holds, live events) is in PostgreSQL. The embedded database is one process.
   */
  processes: number;
  messaging: Readonly<{
    sms: Readonly<{ gatewayUrl: string; apiKey: string; sender: string | null }> | null;
    smtp: Readonly<{ url: string; from: string }> | null;
    workerInProcess: boolean;
  }>;
  /**
   * OpenID Connect login through an external identity provider (ЕСИА or any OIDC provider); null when
   * `OIDC_ISSUER` is unset. `snilsClaim` and `verifiedClaim` name the claims that identify a citizen and say
   * the identity is confirmed; `allowInsecure` permits http URLs (development and tests only).
   */
  oidc: Readonly<{
    issuer: string;
    clientId: string;
    clientSecret: string;
    redirectUri: string;
    providerName: string;
    scopes: string;
    snilsClaim: string;
    verifiedClaim: string;
    allowInsecure: boolean;
  }> | null;
  /** Uploaded files: in the database, or an S3-compatible bucket (`UPLOADS_STORE=s3`). */
  uploads: UploadsConfig;
  symptomGuide: SymptomGuideConfig;
  /** When support operators answer the live chat: `1-5 08:00-20:00` (ISO weekdays, Moscow time). */
  supportHours: string;
  video: VideoConfig;
  waitingRoom: WaitingRoomConfig;
}>;

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment once at start and fails fast with every problem listed.
 * `.env.example` documents each variable; secrets are never echoed back.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    isDemo: e.TALON_DEMO,
    allowRemoteDemoDatabase: e.TALON_DEMO_ALLOW_REMOTE_DATABASE,
    trustProxy: e.TRUST_PROXY ?? false,
    session: Object.freeze(
      e.PUBLIC_URL?.startsWith('https:')
        ? { cookieName: '__Host-talon_session', secureCookie: true }
        : { cookieName: 'talon_session', secureCookie: false },
    ),
    metrics: Object.freeze({ token: e.METRICS_TOKEN ?? null, port: e.METRICS_PORT ?? null }),
    authLimits: Object.freeze({
      perPhonePerHour: e.AUTH_CODES_PER_PHONE_HOUR,
      perAddressPerHour: e.AUTH_CODES_PER_ADDRESS_HOUR,
      perHour: e.AUTH_CODES_PER_HOUR,
    }),
    passwordHashing: Object.freeze({
      // argon2 runs on libuv's thread pool; half the cores leaves the rest to requests that do not log in.
      concurrency: e.PASSWORD_HASH_CONCURRENCY ?? Math.max(1, Math.floor(availableParallelism() / 2)),
      maxQueue: e.PASSWORD_HASH_MAX_QUEUE,
    }),
    logLevel: e.LOG_LEVEL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    webDistDir: path.resolve(e.WEB_DIST_DIR),
    database: Object.freeze(
      e.DATABASE_URL
        ? {
            kind: 'postgres' as const,
            url: e.DATABASE_URL,
            poolMax: e.DB_POOL_MAX,
            acquireTimeoutMs: e.DB_POOL_ACQUIRE_TIMEOUT_MS,
            maxWaiting: e.DB_POOL_MAX_WAITING,
            appRole: e.DB_APP_ROLE ?? null,
          }
        : { kind: 'pglite' as const, dataDir: path.join(dataDir, 'pglite') },
    ),
    overload: Object.freeze({
      // Off by default in tests: many test servers share one CPU there, and PGlite's queries run on the event
      // loop, so a busy machine would make them refuse requests that nobody is actually rushing.
      maxEventLoopDelayMs: e.OVERLOAD_MAX_EVENT_LOOP_DELAY_MS ?? (e.NODE_ENV === 'test' ? 0 : 1_000),
      // Unset: 90 % of V8's heap limit, so the process refuses work before it dies of "heap out of memory".
      maxHeapUsedBytes:
        e.OVERLOAD_MAX_HEAP_USED_MB === undefined
          ? Math.floor(getHeapStatistics().heap_size_limit * 0.9)
          : e.OVERLOAD_MAX_HEAP_USED_MB * 1024 * 1024,
      sampleIntervalMs: e.OVERLOAD_SAMPLE_INTERVAL_MS,
      retryAfterSeconds: e.OVERLOAD_RETRY_AFTER_SECONDS,
      maxConnections: e.HTTP_MAX_CONNECTIONS ?? null,
    }),
    rateLimits: Object.freeze({ bookingPerMinute: e.RATE_LIMIT_BOOKING_PER_MINUTE }),
    oauth: oauthConfig(e),
    delivery: Object.freeze({
      vapid:
        e.VAPID_PUBLIC_KEY && e.VAPID_PRIVATE_KEY
          ? Object.freeze({ publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY })
          : null,
      vapidSubject: e.VAPID_SUBJECT,
      // The endpoint comes from the browser and the worker posts to it (SSRF): https to a public host unless
      // explicitly allowed; only the tests' loopback push sink is allowed without asking.
      allowInsecurePushEndpoints:
        (e.PUSH_ALLOW_INSECURE_ENDPOINTS ?? (e.NODE_ENV === 'test' ? '1' : '0')) === '1',
      smsStatusSecret: e.SMS_STATUS_SECRET ?? null,
      ratePerSecond: Object.freeze({
        sms: e.OUTBOX_RATE_SMS_PER_SECOND,
        email: e.OUTBOX_RATE_EMAIL_PER_SECOND,
        push: e.OUTBOX_RATE_PUSH_PER_SECOND,
      }),
      dispatch: Object.freeze({
        batchSize: e.OUTBOX_DISPATCH_BATCH,
        concurrency: e.OUTBOX_DISPATCH_CONCURRENCY,
      }),
      smtpPoolSize: e.SMTP_POOL_SIZE,
      staleAfterMs: e.OUTBOX_STALE_AFTER_SECONDS * 1000,
    }),
    booking: Object.freeze({
      holdMinutes: e.BOOKING_HOLD_MINUTES,
      specialtyLimit: e.BOOKING_SPECIALTY_LIMIT,
      specialtyLimits: Object.freeze(e.BOOKING_SPECIALTY_LIMITS ?? []),
      noShowLimit: e.BOOKING_NO_SHOW_LIMIT,
      noShowWindowDays: e.BOOKING_NO_SHOW_WINDOW_DAYS,
      noShowSuspensionDays: e.BOOKING_NO_SHOW_SUSPENSION_DAYS,
      rebookPriorityHours: e.BOOKING_REBOOK_PRIORITY_HOURS,
      waitlistOfferMinutes: e.BOOKING_WAITLIST_OFFER_MINUTES,
      waitlistMaxEntries: e.BOOKING_WAITLIST_MAX_ENTRIES,
    }),
    reminders: Object.freeze({
      emailHours: e.REMINDER_EMAIL_HOURS,
      smsHours: e.REMINDER_SMS_HOURS,
      pushMinutes: e.REMINDER_PUSH_MINUTES,
      catchUpMinutes: e.REMINDER_CATCH_UP_MINUTES,
      sweepMinutes: e.REMINDER_SWEEP_MINUTES,
      publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    }),
    slotSearch: Object.freeze({
      // Off in tests unless set: they search again right after a booking, before its slot event arrives.
      cacheWindowMs: e.SLOT_SEARCH_CACHE_MS ?? (e.NODE_ENV === 'test' ? 0 : 1_000),
    }),
    live: Object.freeze({
      maxSubscribers: e.SSE_MAX_CLIENTS,
      maxPerAddress: e.SSE_MAX_PER_ADDRESS,
      maxPerAccount: e.SSE_MAX_PER_ACCOUNT,
      heartbeatSeconds: e.SSE_HEARTBEAT_SECONDS,
    }),
    secrets: secretsOf(e),
    audit: Object.freeze({
      checkpointDir:
        e.AUDIT_CHECKPOINT_DIR !== undefined
          ? path.resolve(e.AUDIT_CHECKPOINT_DIR)
          : e.NODE_ENV === 'test'
            ? null
            : path.join(dataDir, 'audit-checkpoints'),
      checkpointMinutes: e.AUDIT_CHECKPOINT_MINUTES,
      securityOfficerEmail: e.SECURITY_OFFICER_EMAIL?.toLowerCase() ?? null,
    }),
    processes: e.DATABASE_URL ? (e.TALON_PROCESSES ?? availableParallelism()) : 1,
    messaging: Object.freeze({
      sms:
        e.SMS_GATEWAY_URL && e.SMS_GATEWAY_API_KEY
          ? Object.freeze({
              gatewayUrl: e.SMS_GATEWAY_URL,
              apiKey: e.SMS_GATEWAY_API_KEY,
              sender: e.SMS_SENDER ?? null,
            })
          : null,
      smtp: e.SMTP_URL ? Object.freeze({ url: e.SMTP_URL, from: e.MAIL_FROM }) : null,
      // PGlite is one connection in this process: nobody else can run its jobs.
      workerInProcess: !e.DATABASE_URL || e.WORKER_IN_PROCESS === '1' || e.WORKER_IN_PROCESS === 'true',
    }),
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? Object.freeze({
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            redirectUri: e.OIDC_REDIRECT_URI ?? `http://localhost:${e.PORT}/api/v1/auth/oidc/callback`,
            providerName: e.OIDC_PROVIDER_NAME,
            scopes: e.OIDC_SCOPES.trim().split(/\s+/).join(' '),
            snilsClaim: e.OIDC_SNILS_CLAIM,
            verifiedClaim: e.OIDC_VERIFIED_CLAIM,
            allowInsecure: e.OIDC_ALLOW_INSECURE,
          })
        : null,
    uploads: uploadsConfig(e),
    symptomGuide: symptomGuideConfig(e),
    supportHours: e.SUPPORT_HOURS,
    video: videoConfig(e),
    waitingRoom: waitingRoomConfig(e),
  });
}
