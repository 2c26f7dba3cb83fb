import type { ClaimedMessage } from '@talon/core/messaging';
import { describe, expect, it } from 'vitest';
import type { MessageChannel } from '../channels/channel';
import { createJsonLogger } from '../logger';
import type { DeliverMessageDeps } from './outbox.deliver-message.job';
import { createSentMarkBatcher, startDueDispatcher } from './outbox.dispatch-due.job';

describe('createSentMarkBatcher', () => {
  it('writes a full batch in one flush and the rest after the wait', async () => {
    const flushes: string[][] = [];
    const batcher = createSentMarkBatcher(async (sent) => void flushes.push(sent.map((s) => s.id)), {
      maxItems: 2,
      maxWaitMs: 5,
    });
    await Promise.all(['a', 'b', 'c'].map((id) => batcher.markSent(id, null)));
    expect(flushes).toEqual([['a', 'b'], ['c']]);
  });

  it('fails every mark of a batch whose write failed', async () => {
    const batcher = createSentMarkBatcher(
      async () => {
        throw new Error('database gone');
      },
      { maxItems: 10, maxWaitMs: 1 },
    );
    const marks = ['a', 'b'].map((id) => batcher.markSent(id, 'p'));
    for (const mark of marks) await expect(mark).rejects.toThrow('database gone');
  });
});

describe('startDueDispatcher', () => {
  const message = (id: string): ClaimedMessage => ({
    id,
    event: 'identity.login_code',
    channel: 'sms',
    recipient: '+79160000001',
    template: 'login_code',
    payload: { code: '123456', minutes: '5' },
    dedupeKey: id,
    attempts: 1,
  });

  it('keeps claiming after a failed claim, and never has more than `concurrency` sends in flight', async () => {
    const queue = Array.from({ length: 12 }, (_, i) => message(`m${i}`));
    let claims = 0;
    let inFlight = 0;
    let peak = 0;
    const sent: string[] = [];
    const channel: MessageChannel = {
      name: 'slow',
      async send(delivery) {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        sent.push(delivery.outboxId);
        return { providerMessageId: null };
      },
    };
    const dispatcher = startDueDispatcher({
      dispatch: {
        claimDue: async (limit: number) => {
          if (claims++ === 0) throw new Error('connection reset');
          return queue.splice(0, limit);
        },
      },
      outbox: {
        markSent: async () => undefined,
        markFailed: async () => undefined,
      } as unknown as DeliverMessageDeps['outbox'],
      channels: { sms: channel, email: channel, push: channel, in_app: channel },
      channel: 'sms',
      clock: { now: () => new Date() },
      retryPolicy: { baseDelayMs: 1_000, maxDelayMs: 1_000, maxAttempts: 3 },
      logger: createJsonLogger('silent'),
      batchSize: 100,
      concurrency: 4,
      idleMs: 10,
    });
    await expect.poll(() => sent.length, { timeout: 2_000, interval: 10 }).toBe(12);
    await dispatcher.stop();
    expect(new Set(sent).size).toBe(12);
    expect(peak).toBeLessThanOrEqual(4);
  });
});
