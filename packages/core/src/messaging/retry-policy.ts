/** How delivery retries back off: `baseDelayMs × 2^(attempt-1)`, at most `maxDelayMs`, then dead. */
export interface RetryPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
  /** Tries in total; after the last failed one the message is dead. */
  maxAttempts: number;
}

/** 10 s, 20 s, 40 s … capped at 30 min; 8 tries span about 21 minutes. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = Object.freeze({
  baseDelayMs: 10_000,
  maxDelayMs: 30 * 60_000,
  maxAttempts: 8,
});

/** The wait after failed try number `attempt` (1-based). */
export function retryDelayMs(attempt: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  // 2^exponent overflows to Infinity long after the cap, so Math.min keeps it finite.
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
}

/**
 * When to try again after failed try number `attempt`, or `null` when that was the last try (dead).
 */
export function nextAttemptAt(
  attempt: number,
  now: Date,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): Date | null {
  if (attempt >= policy.maxAttempts) return null;
  return new Date(now.getTime() + retryDelayMs(attempt, policy));
}
