import { loadConfig } from '@talon/config';
import type { OutgoingMessage } from '@talon/core/messaging';
import {
  createDevMessagesRepository,
  createFieldCipher,
  createOutboxRepository,
  type DatabaseHandle,
  type OutboxRepository,
} from '@talon/db';
import { createTestDatabase } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageChannel } from './channels/channel';
import { createDevSinkChannel } from './channels/dev-sink';
import { createJsonLogger } from './logger';
import { startWorker, type Worker } from './start-worker';

const config = loadConfig({ NODE_ENV: 'test', TALON_DEMO: '1' });
const cipher = createFieldCipher(config.secrets);
/** SMS to this number always fail (a gateway outage for one number); others go to the sink. */
const BROKEN_PHONE = '+79990000000';

let database: DatabaseHandle;
let worker: Worker;
let outbox: OutboxRepository;
let sinkCalls = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  outbox = createOutboxRepository(database.db, cipher);
  const sink = createDevSinkChannel(createDevMessagesRepository(database.db));
  const flakySms: MessageChannel = {
    name: 'flaky',
    async send(delivery) {
      sinkCalls++;
      if (delivery.to === BROKEN_PHONE) throw new Error('gateway unavailable');
      return sink.send(delivery);
    },
  };
  worker = await startWorker({
    database,
    config,
    logger: createJsonLogger('silent'),
    channels: { sms: flakySms },
    retryPolicy: { baseDelayMs: 100, maxDelayMs: 200, maxAttempts: 3 },
    sweepIntervalMs: 500,
  });
});

afterAll(async () => {
  await worker?.stop();
  await database?.close();
});

let counter = 0;
const codeMessage = (recipient: string, overrides: Partial<OutgoingMessage> = {}): OutgoingMessage => {
  counter++;
  return {
    event: 'identity.login_code',
    channel: 'sms',
    recipient,
    template: 'login_code',
    payload: { code: String(100000 + counter), minutes: '5' },
    dedupeKey: `test|${counter}|sms|${recipient}`,
    ...overrides,
  };
};

const messagesTo = (recipient: string) => createDevMessagesRepository(database.db).listFor(recipient, 10);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`message worker on ${process.env.TEST_DB}`, () => {
  it('sends nothing when the transaction that wrote the message rolls back', async () => {
    let id = '';
    await expect(
      database.db.transaction(async (tx) => {
        ({ id } = await createOutboxRepository(tx, cipher).enqueue(codeMessage('+79160000001')));
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    await worker.kick([id]);
    await worker.sweep();
    await sleep(1_000);
    expect(await messagesTo('+79160000001')).toEqual([]);
    expect(await outbox.getStatus(id)).toBeNull();
  });

  it('delivers a committed message exactly once, within about a second of the kick', async () => {
    const message = codeMessage('+79160000002');
    const { id, isNew } = await database.db.transaction((tx) =>
      createOutboxRepository(tx, cipher).enqueue(message),
    );
    expect(isNew).toBe(true);
    const kickedAt = Date.now();
    await worker.kick([id]);
    await expect.poll(() => messagesTo('+79160000002'), { timeout: 5_000, interval: 50 }).toHaveLength(1);
    expect(Date.now() - kickedAt).toBeLessThan(2_000);
    await worker.kick([id]);
    await worker.sweep();
    await sleep(1_000);
    const [stored] = await messagesTo('+79160000002');
    expect(await messagesTo('+79160000002')).toHaveLength(1);
    expect(stored).toMatchObject({ channel: 'sms', outboxId: id, subject: null });
    expect(stored!.body).toContain(message.payload.code);
    expect(await outbox.getStatus(id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('stores the payload encrypted', async () => {
    const message = codeMessage('+79160000005');
    const { id } = await outbox.enqueue(message);
    const rows = await database.db.query.notificationOutbox.findFirst({
      where: (t, { eq }) => eq(t.id, id),
    });
    expect(rows?.payloadEncrypted).not.toContain(message.payload.code);
  });

  it('writes and sends one message for the same dedupe key written twice', async () => {
    const message = codeMessage('+79160000003');
    const first = await outbox.enqueue(message);
    const second = await outbox.enqueue({ ...message, payload: { code: '999999', minutes: '5' } });
    expect(second).toEqual({ id: first.id, isNew: false });
    await worker.kick([first.id, second.id]);
    await expect.poll(() => messagesTo('+79160000003'), { timeout: 5_000, interval: 50 }).toHaveLength(1);
    await sleep(800);
    expect(await messagesTo('+79160000003')).toHaveLength(1);
  });

  it('picks up a message whose kick was lost, through the sweep', async () => {
    await outbox.enqueue(codeMessage('+79160000004'));
    await expect.poll(() => messagesTo('+79160000004'), { timeout: 8_000, interval: 100 }).toHaveLength(1);
  });

  it('retries a failing channel with back-off, then marks the message dead', async () => {
    const before = sinkCalls;
    const { id } = await outbox.enqueue(codeMessage(BROKEN_PHONE));
    await worker.kick([id]);
    await expect
      .poll(async () => (await outbox.getStatus(id))?.status, { timeout: 15_000, interval: 100 })
      .toBe('dead');
    expect(await outbox.getStatus(id)).toMatchObject({ attempts: 3, lastError: 'gateway unavailable' });
    expect(sinkCalls - before).toBe(3);
    expect(await messagesTo(BROKEN_PHONE)).toEqual([]);
  });

  it('marks a message with a broken payload dead at once', async () => {
    const { id } = await outbox.enqueue(codeMessage('+79160000006', { payload: { minutes: '5' } }));
    await worker.kick([id]);
    await expect
      .poll(async () => (await outbox.getStatus(id))?.status, { timeout: 5_000, interval: 100 })
      .toBe('dead');
    expect(await outbox.getStatus(id)).toMatchObject({ attempts: 1, lastError: 'INVALID_PAYLOAD' });
  });
});
