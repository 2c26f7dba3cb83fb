import { randomUUID } from 'node:crypto';
import { loadConfig } from '@talon/config';
import { createFieldCipher, createOutboxRepository, type DatabaseHandle } from '@talon/db';
import { createTestDatabase } from '@talon/testing';
import { startSmtpSink } from '@talon/testing/delivery-sinks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsonLogger } from '../logger';
import { startWorker, type Worker } from '../start-worker';

type SmtpSink = Awaited<ReturnType<typeof startSmtpSink>>;

let database: DatabaseHandle;
let smtp: SmtpSink;
let worker: Worker;

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = await startSmtpSink();
  const config = loadConfig({ NODE_ENV: 'test', TALON_DEMO: '0', SMTP_URL: smtp.url });
  worker = await startWorker({
    database,
    config,
    logger: createJsonLogger('silent'),
    retryPolicy: { baseDelayMs: 200, maxDelayMs: 800, maxAttempts: 50 },
    sweepIntervalMs: 300,
    scheduleSlotGeneration: false,
  });
});

afterAll(async () => {
  await worker?.stop();
  await smtp?.stop();
  await database?.close();
});

describe(`email over a real SMTP server on ${process.env.TEST_DB}`, () => {
  it('delivers everything once the server is back after an outage, nothing twice', async () => {
    await smtp.stop();
    const outbox = createOutboxRepository(
      database.db,
      createFieldCipher(loadConfig({ NODE_ENV: 'test' }).secrets),
    );
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const { id } = await outbox.enqueue({
        event: 'identity.password_changed',
        channel: 'email',
        recipient: `patient${i}@example.ru`,
        template: 'password_changed',
        payload: {},
        dedupeKey: `outage:${randomUUID()}`,
      });
      ids.push(id);
    }
    await worker.kick(ids);
    // Tries fail while the server is down: the messages wait with back-off, none is lost or dead.
    await expect
      .poll(async () => (await outbox.getStatus(ids[0]!))?.attempts ?? 0, { timeout: 10_000, interval: 100 })
      .toBeGreaterThanOrEqual(2);
    const during = await Promise.all(ids.map((id) => outbox.getStatus(id)));
    expect(during.every((s) => s?.status === 'pending' || s?.status === 'sending')).toBe(true);
    expect(smtp.record.accepted).toBe(0);

    await smtp.start();
    await expect
      .poll(
        async () =>
          (await Promise.all(ids.map((id) => outbox.getStatus(id)))).filter((s) => s?.status === 'sent')
            .length,
        { timeout: 20_000, interval: 200 },
      )
      .toBe(30);
    expect(smtp.record.unique).toBe(30);
    expect([...smtp.record.times.keys()].sort()).toEqual([...ids].sort());
    expect(smtp.record.repeats).toBe(0);
  });
});
