import { createTestDatabase } from '@talon/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../client';
import { outboxTestCipher as cipher, outboxMessages } from '../../testing/outbox-messages';
import { createOutboxRepository, type OutboxRepository } from '../outbox.repository';
import { UNREADABLE_PAYLOAD } from '../outbox-payload';
import { createOutboxDispatchRepository, type OutboxDispatchRepository } from './outbox-dispatch.repository';

const message = outboxMessages('dispatch-test', { channel: 'email', recipient: 'p@example.ru' });

let database: DatabaseHandle;
let outbox: OutboxRepository;
let dispatch: OutboxDispatchRepository;
beforeAll(async () => {
  database = await createTestDatabase();
  outbox = createOutboxRepository(database.db, cipher);
  dispatch = createOutboxDispatchRepository(database.db, cipher);
});
afterAll(() => database?.close());

describe(`outbox dispatch repository on ${process.env.TEST_DB}`, () => {
  it('claims due rows of one channel once, oldest first, and leaves later and other rows', async () => {
    const now = new Date(Date.now() + 60_000);
    const older = await outbox.enqueue(message({ notBefore: new Date(now.getTime() - 2_000) }));
    const newer = await outbox.enqueue(message({ notBefore: new Date(now.getTime() - 1_000) }));
    const later = await outbox.enqueue(message({ notBefore: new Date(now.getTime() + 60_000) }));
    const sms = await outbox.enqueue(message({ channel: 'sms', recipient: '+79161234567' }));
    // Two dispatchers at once (SKIP LOCKED) take different rows; the older due row goes first.
    const [first, second] = await Promise.all([
      dispatch.claimDue(1, now, 'email'),
      dispatch.claimDue(1, now, 'email'),
    ]);
    const claimed = [...first!, ...second!].map((m) => m.id);
    expect(claimed.sort()).toEqual([older.id, newer.id].sort());
    expect(await dispatch.claimDue(100, now, 'email')).toEqual([]);
    expect(first![0]?.payload ?? second![0]?.payload).toEqual({ code: '123456', minutes: '5' });
    expect((await outbox.getStatus(older.id))?.status).toBe('sending');
    expect((await outbox.getStatus(later.id))?.status).toBe('pending');
    expect((await outbox.getStatus(sms.id))?.status).toBe('pending');
  });

  it('sends the rest of a batch when one payload cannot be read, and that one goes dead, not stale', async () => {
    const now = new Date(Date.now() + 90_000);
    const readable = await outbox.enqueue(message({ channel: 'push', recipient: 'acc-1', notBefore: now }));
    const damaged = await outbox.enqueue(message({ channel: 'push', recipient: 'acc-2', notBefore: now }));
    const single = await outbox.enqueue(message({ channel: 'push', recipient: 'acc-3', notBefore: now }));
    await database.db.execute(
      sql`update notification_outbox set payload_encrypted = 'k1:damaged' where id in (${damaged.id}, ${single.id})`,
    );
    // The per-message path: nothing to send, and the row is dead at once.
    expect(await outbox.claim(single.id, now)).toBeNull();
    const claimed = await dispatch.claimDue(10, now, 'push');
    expect(claimed.map((m) => m.id)).toEqual([readable.id]);
    for (const id of [damaged.id, single.id]) {
      expect(await outbox.getStatus(id)).toMatchObject({ status: 'dead', lastError: UNREADABLE_PAYLOAD });
    }
  });

  it('marks many sent at once, keeping provider ids with quotes, commas and backslashes, and nulls', async () => {
    const now = new Date(Date.now() + 120_000);
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push((await outbox.enqueue(message({ notBefore: now }))).id);
    await dispatch.claimDue(100, now, 'email');
    const providerIds = ['<a,b@outbox.talon>', 'say "hi" \\ {x}', 'NULL', null];
    await dispatch.markSentMany(
      ids.map((id, i) => ({ id, providerMessageId: providerIds[i]! })),
      now,
    );
    for (const [i, id] of ids.entries()) {
      expect(await outbox.getStatus(id)).toMatchObject({
        status: 'sent',
        providerMessageId: providerIds[i],
      });
    }
  });

  it('does not mark a row sent that is no longer being sent', async () => {
    const now = new Date(Date.now() + 180_000);
    const { id } = await outbox.enqueue(message({ notBefore: now }));
    await dispatch.markSentMany([{ id, providerMessageId: 'p' }], now);
    expect((await outbox.getStatus(id))?.status).toBe('pending');
  });
});
