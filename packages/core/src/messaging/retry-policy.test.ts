import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, nextAttemptAt, retryDelayMs } from './retry-policy';

describe('retry back-off', () => {
  it('doubles from 10 seconds', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n))).toEqual([10_000, 20_000, 40_000, 80_000]);
  });

  it('is capped', () => {
    expect(retryDelayMs(50)).toBe(DEFAULT_RETRY_POLICY.maxDelayMs);
    expect(retryDelayMs(5000)).toBe(DEFAULT_RETRY_POLICY.maxDelayMs);
  });

  it('schedules the next try from now until the last one, then gives up', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    expect(nextAttemptAt(1, now)).toEqual(new Date('2026-12-01T10:00:10Z'));
    expect(nextAttemptAt(DEFAULT_RETRY_POLICY.maxAttempts - 1, now)).not.toBeNull();
    expect(nextAttemptAt(DEFAULT_RETRY_POLICY.maxAttempts, now)).toBeNull();
  });

  it('takes a custom policy', () => {
    const policy = { baseDelayMs: 100, maxDelayMs: 250, maxAttempts: 3 };
    expect([1, 2, 3].map((n) => retryDelayMs(n, policy))).toEqual([100, 200, 250]);
    expect(nextAttemptAt(3, new Date(0), policy)).toBeNull();
  });
});
