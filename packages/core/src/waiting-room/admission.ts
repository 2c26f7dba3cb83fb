/** The longest gap a pass makes up for: after a pause (no admitter ran), admit no burst larger than this. */
const MAX_CATCH_UP_MS = 2_000;

/**
 * How many places a pass admits: the rate times the time since the last pass, plus the fraction the last
 * pass owed (admissions are whole, so 2.5/s admits 2, then 3, …). A first pass admits what one second
 * allows; a pass after a long pause no more than {@link MAX_CATCH_UP_MS} worth.
 */
export function admissionsDue(
  ratePerSecond: number,
  elapsedMs: number | null,
  carry: number,
): { count: number; carry: number } {
  const elapsed = elapsedMs === null ? 1_000 : Math.min(Math.max(elapsedMs, 0), MAX_CATCH_UP_MS);
  const owed = (ratePerSecond * elapsed) / 1_000 + Math.max(0, Math.min(carry, 1));
  const count = Math.floor(owed);
  return { count, carry: owed - count };
}

/** Rate bounds (admissions per second). */
export interface RateBounds {
  minRate: number;
  maxRate: number;
}

/**
 * The admission rate after a pass (additive increase is too slow at 8:00, so both ways are multiplicative):
 * while any process reports its booking path past the ceiling the rate halves every second, otherwise it
 * grows by 20 % a second, within the bounds. So the rate settles just under what the system sustains —
 * measured by the load itself, not guessed.
 */
export function nextAdmissionRate(
  current: number,
  isOverloaded: boolean,
  elapsedMs: number,
  bounds: RateBounds,
): number {
  const seconds = Math.min(Math.max(elapsedMs, 0), MAX_CATCH_UP_MS) / 1_000;
  const next = current * (isOverloaded ? 0.5 : 1.2) ** seconds;
  return Math.min(bounds.maxRate, Math.max(bounds.minRate, next));
}
