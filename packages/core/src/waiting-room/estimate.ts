/** The longest wait ever announced (and the longest Retry-After): beyond it, an estimate means nothing. */
export const MAX_ESTIMATE_SECONDS = 3_600;

/** Seconds until a place at `position` is admitted at `ratePerSecond`: position ÷ rate, rounded up; 0 admitted. */
export function estimatedWaitSeconds(position: number, ratePerSecond: number): number {
  if (position <= 0) return 0;
  if (!(ratePerSecond > 0)) return MAX_ESTIMATE_SECONDS;
  return Math.min(MAX_ESTIMATE_SECONDS, Math.ceil(position / ratePerSecond));
}

/**
 * The `Retry-After` of a refused booking-path request: when a newcomer joining now would be admitted
 * (the waiting places ahead and itself), at least 1 second.
 */
export const retryAfterSeconds = (waiting: number, ratePerSecond: number) =>
  Math.max(1, estimatedWaitSeconds(waiting + 1, ratePerSecond));
