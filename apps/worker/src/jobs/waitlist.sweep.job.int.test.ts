import { loadConfig } from '@talon/config';
import type { DatabaseHandle } from '@talon/db';
import { createTestDatabase } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsonLogger } from '../logger';
import { startWorker, type Worker } from '../start-worker';
import { WAITLIST_SWEEP_CRON, WAITLIST_SWEEP_JOB } from './waitlist.sweep.job';

let database: DatabaseHandle;
let worker: Worker;

beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', TALON_DEMO: '1' });
  worker = await startWorker({
    database,
    config,
    logger: createJsonLogger('silent'),
    scheduleSlotGeneration: false,
  });
});

afterAll(async () => {
  await worker?.stop();
  await database?.close();
});

describe(`${WAITLIST_SWEEP_JOB} job on ${process.env.TEST_DB}`, () => {
  it('is scheduled every minute and runs on an empty list without doing anything', async () => {
    const { rows } = await database.queueSql!('select cron, timezone from pgboss.schedule where name = $1', [
      WAITLIST_SWEEP_JOB,
    ]);
    expect(rows[0]).toEqual({ cron: WAITLIST_SWEEP_CRON, timezone: 'UTC' });
    const report = await worker.sweepWaitlist();
    // An empty database: nothing to expire, settle, offer or release, and no errors.
    const { errors, ...counts } = report;
    expect(errors).toEqual([]);
    expect(Object.values(counts)).toEqual([0, 0, 0, 0, 0]);
  });
});
