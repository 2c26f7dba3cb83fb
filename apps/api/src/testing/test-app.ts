import { loadConfig } from '@talon/config';
import type { Clock } from '@talon/core/shared';
import type { DatabaseHandle } from '@talon/db';
import { createTestDatabase } from '@talon/testing';
import { createJsonLogger, startWorker, type Worker } from '@talon/worker';
import { afterAll, beforeAll } from 'vitest';
import { type App, buildApp } from '../app';

export interface TestApp {
  app: App;
  database: DatabaseHandle;
  /** The in-process message worker, when asked for with `{ worker: true }`. */
  worker: Worker | null;
  close(): Promise<void>;
}

export interface TestAppOptions {
  clock?: Clock;
  /**
   * Start the in-process message worker, so messages written to the outbox reach the development sink and
   * `GET /api/v1/dev/messages?to=` (about a second after `worker.kick`). Default false.
   */
  worker?: boolean;
  /** Demo mode, as `npm start` runs (dev routes, development sink). Default true. */
  demo?: boolean;
  /** Extra environment for `loadConfig` (e.g. the OIDC_* variables of a test identity provider). */
  env?: Record<string, string>;
  /** PostgreSQL pool limits of the test database (see `createTestDatabase`). */
  pool?: { maxWaiting?: number; acquireTimeoutMs?: number };
}

/** The scraper's token of test apps: `/metrics` answers `Authorization: Bearer ${TEST_METRICS_TOKEN}`. */
export const TEST_METRICS_TOKEN = 'test-metrics-token-0123456789';
export const metricsHeaders = { authorization: `Bearer ${TEST_METRICS_TOKEN}` };

/** The real application on a fresh test database of its own, for `app.inject()` tests. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase(options.pool);
  const config = loadConfig({
    NODE_ENV: 'test',
    WEB_DIST_DIR: '/nonexistent',
    TALON_DEMO: options.demo === false ? '0' : '1',
    // Every test registers its people from one address (app.inject's 127.0.0.1); the tests of the per-address
    // code limit set their own numbers.
    AUTH_CODES_PER_ADDRESS_HOUR: '1000000',
    METRICS_TOKEN: TEST_METRICS_TOKEN,
    ...options.env,
  });
  const app = await buildApp({
    config,
    database,
    logger: false,
    clock: options.clock,
  });
  await app.ready();
  // The worker keeps the system clock: outbox rows are due by real time even when a test moves the app's.
  const worker = options.worker
    ? await startWorker({
        database,
        config,
        logger: createJsonLogger('silent'),
        // Tests build their own slots, which a scheduled generation would delete.
        scheduleSlotGeneration: false,
      })
    : null;
  if (worker) app.messageDispatcher.attach(worker);
  return {
    app,
    database,
    worker,
    close: async () => {
      await worker?.stop();
      await app.close();
      await database.close();
    },
  };
}

/**
 * The test app of a whole file: started before its tests and closed after them. Its fields may be read only
 * inside tests and hooks (the app exists from `beforeAll` on).
 */
export function useTestApp(options: TestAppOptions = {}): TestApp {
  let current: TestApp | undefined;
  beforeAll(async () => {
    current = await createTestApp(options);
  });
  afterAll(() => current?.close());
  const started = (): TestApp => {
    if (!current) throw new Error('the test app is started in beforeAll: read it inside a test or a hook');
    return current;
  };
  return {
    get app() {
      return started().app;
    },
    get database() {
      return started().database;
    },
    get worker() {
      return started().worker;
    },
    close: () => started().close(),
  };
}
