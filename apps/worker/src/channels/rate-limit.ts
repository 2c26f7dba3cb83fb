import type { MessageChannel } from './channel';

/**
 * A token bucket: `perSecond` tokens a second, at most `burst` saved up. `take` resolves when a token is
 * free, in call order. Per process: N worker processes send up to N × the rate, so set the rate to the
 * gateway's contract divided by the number of worker processes (docs/notifications.md).
 */
export function createTokenBucket(perSecond: number, burst = Math.max(1, Math.ceil(perSecond))) {
  let tokens = burst;
  let last = performance.now();
  let queue: Promise<void> = Promise.resolve();
  const refill = () => {
    const now = performance.now();
    tokens = Math.min(burst, tokens + ((now - last) / 1000) * perSecond);
    last = now;
  };
  const takeOne = async () => {
    refill();
    while (tokens < 1) {
      await new Promise((resolve) => setTimeout(resolve, Math.ceil(((1 - tokens) / perSecond) * 1000)));
      refill();
    }
    tokens -= 1;
  };
  return {
    take(): Promise<void> {
      const next = queue.then(takeOne);
      queue = next;
      return next;
    },
  };
}

/** The channel, sending at most `perSecond` messages a second from this process (0: unlimited). */
export function withRateLimit(channel: MessageChannel, perSecond: number): MessageChannel {
  if (perSecond <= 0) return channel;
  const bucket = createTokenBucket(perSecond);
  return {
    name: channel.name,
    async send(delivery) {
      await bucket.take();
      return channel.send(delivery);
    },
    close: channel.close ? () => channel.close?.() : undefined,
  };
}
