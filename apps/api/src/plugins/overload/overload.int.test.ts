import { loadConfig } from '@talon/config';
import { type DatabaseHandle, openDatabase } from '@talon/db';
import { createTestDatabase, currentDatabaseName, occupyConnection } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { type App, buildApp } from '../../app';
import { createStaffSession } from '../../testing/staff-helpers';
import { createTestApp, metricsHeaders, type TestApp } from '../../testing/test-app';

const isPostgres = process.env.TEST_DB === 'postgres';
const testEnv = { NODE_ENV: 'test', WEB_DIST_DIR: '/nonexistent', TALON_DEMO: '1' };

/** The real app on `database`, with extra environment and test-only routes added before it starts. */
async function appOn(database: DatabaseHandle, env: Record<string, string>, addRoutes?: (app: App) => void) {
  const app = await buildApp({ config: loadConfig({ ...testEnv, ...env }), database, logger: false });
  addRoutes?.(app);
  await app.ready();
  return app;
}

describe('overload: event-loop and heap pressure (@fastify/under-pressure)', () => {
  let t: TestApp;
  beforeAll(async () => {
    // A 1 MiB heap limit is always exceeded: the process behaves as if memory were nearly exhausted.
    t = await createTestApp({ env: { OVERLOAD_MAX_HEAP_USED_MB: '1', OVERLOAD_SAMPLE_INTERVAL_MS: '20' } });
  });
  afterAll(() => t?.close());

  it('answers 503 problem+json in Russian with Retry-After instead of doing the work', async () => {
    await expect.poll(async () => (await t.app.inject('/api/v1/regions')).statusCode).toBe(503);
    const res = await t.app.inject('/api/v1/regions');
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json()).toMatchObject({
      status: 503,
      code: 'OVERLOADED',
      title: 'Сервис недоступен',
      detail: expect.stringMatching(/Повторите попытку через несколько секунд/),
    });
  });

  it('lets through the bookings the waiting room admitted (it paces them; newcomers are turned away)', async () => {
    await expect.poll(async () => (await t.app.inject('/api/v1/regions')).statusCode).toBe(503);
    const holds = vi
      .spyOn(t.app.waitingRoom, 'holdsKnownAdmission')
      .mockImplementation((request) => request.headers['talon-queue-token'] === 'admitted-token');
    try {
      const admitted = await t.app.inject({
        url: '/api/v1/regions',
        headers: { 'talon-queue-token': 'admitted-token' },
      });
      expect(admitted.statusCode).toBe(200);
      const other = await t.app.inject({ url: '/api/v1/regions', headers: { 'talon-queue-token': 'other' } });
      expect(other.statusCode).toBe(503);
    } finally {
      holds.mockRestore();
    }
  });

  it('keeps /health and /metrics answering, so the process can still be watched', async () => {
    await expect.poll(async () => (await t.app.inject('/api/v1/regions')).statusCode).toBe(503);
    expect((await t.app.inject('/health')).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/metrics', headers: metricsHeaders })).statusCode).toBe(200);
  });
});

describe.runIf(isPostgres)('overload: bounded waits for a database connection', () => {
  let database: DatabaseHandle;
  let url: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    const parsed = new URL(inject('postgresUrl'));
    parsed.pathname = `/${await currentDatabaseName(database.db)}`;
    url = parsed.toString();
  });
  afterAll(() => database?.close());

  /** A one-connection pool whose connection is busy for `ms` (a long transaction). */
  async function busyPool(limits: { acquireTimeoutMs: number; maxWaiting: number }, ms: number) {
    const handle = await openDatabase({ kind: 'postgres', url, poolMax: 1, ...limits });
    const app = await appOn(handle, {});
    const holding = occupyConnection(handle.db, ms);
    // Let the transaction take the connection first.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return {
      app,
      done: async () => {
        await holding;
        await app.close();
        await handle.close();
      },
    };
  }

  it('refuses at once with 503 OVERLOADED when the waiting line is full', async () => {
    const { app, done } = await busyPool({ acquireTimeoutMs: 10_000, maxWaiting: 0 }, 1_500);
    try {
      const res = await app.inject('/api/v1/regions');
      expect(res.statusCode, res.body).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.json()).toMatchObject({ code: 'OVERLOADED' });
    } finally {
      await done();
    }
  });

  it('gives up after the acquire timeout with 503 OVERLOADED, and serves again once a connection is free', async () => {
    const { app, done } = await busyPool({ acquireTimeoutMs: 200, maxWaiting: 10 }, 1_500);
    try {
      const res = await app.inject('/api/v1/regions');
      expect(res.statusCode, res.body).toBe(503);
      expect(res.json()).toMatchObject({ code: 'OVERLOADED' });
      await expect
        .poll(async () => (await app.inject('/api/v1/regions')).statusCode, { timeout: 5_000 })
        .toBe(200);
    } finally {
      await done();
    }
  });
});

describe('per-account rate limit (config.rateLimit)', () => {
  let database: DatabaseHandle;
  let app: App;
  beforeAll(async () => {
    database = await createTestDatabase();
    app = await appOn(database, { RATE_LIMIT_BOOKING_PER_MINUTE: '3' }, (instance) => {
      // A stand-in for a booking route: the limit is the route option under test, not the route's work.
      instance.post(
        '/api/v1/test/booking-like',
        { config: { access: 'authenticated', rateLimit: 'booking' } },
        async () => ({ ok: true }),
      );
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('answers 429 RATE_LIMITED with Retry-After once an account exceeds the booking limit', async () => {
    const t = { app, database, worker: null, close: async () => {} };
    const first = await createStaffSession(t, 'registrar', { transport: 'bearer' });
    const second = await createStaffSession(t, 'registrar', { transport: 'bearer' });
    const book = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/api/v1/test/booking-like', headers, payload: {} });
    for (let i = 0; i < 3; i++) expect((await book(first.headers)).statusCode).toBe(200);
    const refused = await book(first.headers);
    expect(refused.statusCode).toBe(429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    // The sliding-window estimate may ask for up to two windows when the last one was full.
    expect(retryAfter).toBeLessThanOrEqual(120);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.json()).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
      detail: expect.stringMatching(/Повторите через \d+ с\./),
    });
    // Another account is not affected.
    expect((await book(second.headers)).statusCode).toBe(200);
  });

  it('does not limit routes that do not opt in', async () => {
    for (let i = 0; i < 5; i++) expect((await app.inject('/api/v1/regions')).statusCode).toBe(200);
  });
});
