/** A limit: at most `max` hits in any `windowSeconds`. */
export interface WindowLimit {
  max: number;
  windowSeconds: number;
}

/** The verdict on one more hit of a key. */
export type WindowVerdict =
  | { allowed: true; remaining: number }
  | { allowed: false; retryAfterSeconds: number };

/**
 * Where `at` falls: the start of its fixed window, the previous window's start, and the share of the
 * previous window that still lies within the trailing `windowSeconds` (1 at the window's start, → 0 at its end).
 */
export function windowOf(at: Date, windowSeconds: number) {
  const windowMs = windowSeconds * 1000;
  const start = Math.floor(at.getTime() / windowMs) * windowMs;
  return {
    start: new Date(start),
    previousStart: new Date(start - windowMs),
    previousWeight: 1 - (at.getTime() - start) / windowMs,
  };
}

/**
 * The sliding-window estimate of the hits in the trailing window: this window's count plus the previous
 * window's, weighted by how much of it still overlaps. It never lets 2 × max through around a window edge
 * (what a fixed window does), with two counters per key instead of a log of every hit.
 */
export const estimatedHits = (current: number, previous: number, previousWeight: number) =>
  current + previous * previousWeight;

/**
 * Seconds until one more hit fits, after a refusal at `at` with `current` hits in this window and `previous`
 * in the one before. Refused hits are not counted, so waiting this long is always enough.
 */
export function retryAfterSeconds(
  limit: WindowLimit,
  counts: { current: number; previous: number },
  at: Date,
) {
  const windowMs = limit.windowSeconds * 1000;
  const { start } = windowOf(at, limit.windowSeconds);
  const elapsed = at.getTime() - start.getTime();
  let waitMs: number;
  if (counts.current + 1 <= limit.max && counts.previous > 0) {
    // This window has room; the previous one's share must shrink to what is left.
    const mustLeave = (limit.max - counts.current - 1) / counts.previous;
    waitMs = windowMs * (1 - mustLeave) - elapsed;
  } else {
    // Full: in the next window this one becomes the previous, and its share must shrink first.
    const share = counts.current > 0 ? Math.max(0, 1 - (limit.max - 1) / counts.current) : 0;
    waitMs = windowMs - elapsed + windowMs * share;
  }
  // The tolerance keeps float noise (34.000000001 s) from adding a second.
  return Math.max(1, Math.ceil(waitMs / 1000 - 1e-6));
}
