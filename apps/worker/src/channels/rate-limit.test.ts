import { describe, expect, it } from 'vitest';
import type { MessageChannel } from './channel';
import { createTokenBucket, withRateLimit } from './rate-limit';

describe('token bucket', () => {
  it('lets a burst through at once, then paces to the rate', async () => {
    const bucket = createTokenBucket(50, 5);
    const started = performance.now();
    await Promise.all(Array.from({ length: 15 }, () => bucket.take()));
    // 5 from the burst, then 10 at 50/s take about 200 ms.
    expect(performance.now() - started).toBeGreaterThanOrEqual(170);
  });

  it('leaves an unlimited channel as it is', () => {
    const channel: MessageChannel = { name: 'x', send: async () => ({ providerMessageId: null }) };
    expect(withRateLimit(channel, 0)).toBe(channel);
    expect(withRateLimit(channel, 10)).not.toBe(channel);
  });
});
