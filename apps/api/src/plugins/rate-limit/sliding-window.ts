/** The verdict on one more request of a key. */
export type WindowVerdict =
  | { allowed: true; remaining: number }
  | { allowed: false; retryAfterSeconds: number };

/**
 * A sliding-window log: at most `max` hits per key within any `windowMs`, counted exactly (a fixed window
 * would let 2 × max through around its edge, which is what a rush at 8:00 would find). Memory is bounded:
 * at most `max` timestamps per key, keys idle for a whole window are dropped, and at most `maxKeys` keys
 * are tracked (the oldest tracked key is dropped first). Time is passed in, so the logic is pure.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly options: { max: number; windowMs: number; maxKeys?: number }) {
    if (options.max < 1 || options.windowMs < 1) throw new RangeError('max and windowMs must be positive');
  }

  /** Counts a request of `key` at `nowMs` if allowed; a refused request is not counted. */
  hit(key: string, nowMs: number): WindowVerdict {
    const { max, windowMs } = this.options;
    const since = nowMs - windowMs;
    const log = (this.hits.get(key) ?? []).filter((at) => at > since);
    if (log.length >= max) {
      this.hits.set(key, log);
      // The oldest hit in the window leaves it at `log[0] + windowMs`; then one more request fits.
      const waitMs = log[0]! + windowMs - nowMs;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
    log.push(nowMs);
    // Re-inserting moves the key to the end: Map order is then least recently used first.
    this.hits.delete(key);
    this.hits.set(key, log);
    this.evict(since);
    return { allowed: true, remaining: max - log.length };
  }

  /** Keys currently tracked (for tests and metrics). */
  get size() {
    return this.hits.size;
  }

  private evict(since: number) {
    const maxKeys = this.options.maxKeys ?? 100_000;
    for (const [key, log] of this.hits) {
      if (this.hits.size <= maxKeys && (log.at(-1) ?? 0) > since) break;
      this.hits.delete(key);
    }
  }
}
