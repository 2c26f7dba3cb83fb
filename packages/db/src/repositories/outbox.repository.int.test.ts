import { createTestDatabase } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { outboxTestCipher as cipher, outboxMessages } from '../testing/outbox-messages';
import { createOutboxRepository, createTransactionOutbox, type OutboxRepository } from './outbox.repository';

const message = outboxMessages('repo-test');

let database: DatabaseHandle;
let outbox: OutboxRepository;
beforeAll(async () => {
  database = await createTestDatabase();
  outbox = createOutboxRepository(database.db, cipher);
});
afterAll(() => database?.close());

describe('outbox repository', () => {
  it('lets only one of two racing claims take a message, and returns its decrypted payload', async () => {
    const { id } = await outbox.enqueue(message());
    const now = new Date(Date.now() + 1_000);
    const claims = await Promise.all([outbox.claim(id, now), outbox.claim(id, now)]);
    const taken = claims.filter(Boolean);
    expect(taken).toHaveLength(1);
    expect(taken[0]).toMatchObject({ id, attempts: 1, payload: { code: '123456', minutes: '5' } });
    await outbox.markSent(id, 'gw-1', now);
    expect(await outbox.claim(id, now)).toBeNull();
    expect(await outbox.getStatus(id)).toMatchObject({ status: 'sent', providerMessageId: 'gw-1' });
  });

  it('writes several messages in one call, skipping a dedupe key already stored', async () => {
    const existing = message({ payload: { code: '111111', minutes: '5' } });
    const { id: existingId } = await outbox.enqueue(existing);
    const notBefore = new Date(Date.now() + 60 * 60_000);
    const written: string[] = [];
    const ids = await createTransactionOutbox(database.db, cipher, written).enqueueAll([
      message({ channel: 'email', recipient: 'anna@example.ru', payload: { code: '222222', minutes: '5' } }),
      { ...existing, payload: { code: '999999', minutes: '5' } },
      message({ channel: 'push', recipient: 'acc-1', payload: { code: '333333', minutes: '5' }, notBefore }),
    ]);
    expect(ids).toHaveLength(2);
    expect(ids).not.toContain(existingId);
    // The transaction outbox hands the new rows to the worker's kick.
    expect(written).toEqual(ids);
    const later = new Date(notBefore.getTime() + 1);
    const claimed = await Promise.all(ids.map((id) => outbox.claim(id, later)));
    // Both rows decrypt with their own id, in whatever order the insert returned them.
    expect(claimed.map((m) => [m?.channel, m?.payload.code, m?.notBefore])).toEqual(
      expect.arrayContaining([
        ['email', '222222', expect.any(Date)],
        ['push', '333333', notBefore],
      ]),
    );
    // The duplicate wrote nothing: the first row keeps its payload.
    expect(await outbox.claim(existingId, later)).toMatchObject({ payload: { code: '111111' } });
    expect(await outbox.enqueueAll([])).toEqual([]);
  });

  it('does not hand out a message before it is due', async () => {
    const notBefore = new Date(Date.now() + 60 * 60_000);
    const { id } = await outbox.enqueue(message({ notBefore }));
    expect(await outbox.claim(id, new Date())).toBeNull();
    expect(await outbox.findDue(1000, new Date())).not.toContain(id);
    expect(await outbox.findDue(1000, new Date(notBefore.getTime() + 1))).toContain(id);
  });

  it('puts a failed message back with its next try, or makes it dead', async () => {
    const { id } = await outbox.enqueue(message());
    const now = new Date(Date.now() + 1_000);
    await outbox.claim(id, now);
    const retryAt = new Date(now.getTime() + 10_000);
    await outbox.markFailed(id, 'HTTP 503', retryAt, now);
    expect(await outbox.getStatus(id)).toMatchObject({
      status: 'pending',
      notBefore: retryAt,
      lastError: 'HTTP 503',
    });
    expect(await outbox.claim(id, now)).toBeNull();
    expect(await outbox.claim(id, retryAt)).toMatchObject({ attempts: 2 });
    await outbox.markFailed(id, 'HTTP 503', null, retryAt);
    expect(await outbox.getStatus(id)).toMatchObject({ status: 'dead', attempts: 2 });
  });

  it('returns messages stuck in sending to pending', async () => {
    const { id } = await outbox.enqueue(message());
    await outbox.claim(id, new Date(Date.now() + 1_000));
    expect(await outbox.requeueStale(new Date(Date.now() - 60_000))).not.toContain(id);
    expect(await outbox.requeueStale(new Date(Date.now() + 60_000))).toContain(id);
    expect(await outbox.getStatus(id)).toMatchObject({ status: 'pending' });
  });
});
