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

/** How fast the measured completions follow a change (the time constant of their moving average). */
const COMPLETIONS_SMOOTHING_MS = 2_000;

/**
 * The bookings the processes completed per second, smoothed: `completed` bookings were answered (not shed)
 * in the `elapsedMs` since the last pass; the moving average forgets with a 2-second time constant, so one
 * quiet or busy pass does not swing the rate.
 */
export function smoothedCompletions(previousPerSecond: number, completed: number, elapsedMs: number): number {
  if (elapsedMs <= 0) return previousPerSecond;
  const observed = (Math.max(0, completed) * 1_000) / elapsedMs;
  const weight = 1 - Math.exp(-elapsedMs / COMPLETIONS_SMOOTHING_MS);
  return previousPerSecond + (observed - previousPerSecond) * weight;
}

/** What the admitter knows when it sets the next rate. */
export interface RateSignals {
  /** The rate so far (places per second). */
  current: number;
  /** Since the last pass. */
  elapsedMs: number;
  /** A process reported its booking path past the ceiling (or shed an answer) within the last second. */
  isOverloaded: boolean;
  /** Bookings the processes completed per second lately ({@link smoothedCompletions}). */
  completedPerSecond: number;
  /** The configured starting rate: growth is allowed up to it before anything is measured. */
  initialRate: number;
}

/** Past the ceiling, the rate falls by a quarter a second — but never below 90 % of what completes. */
const DECREASE_PER_SECOND = 0.75;
const FLOOR_OF_COMPLETIONS = 0.9;
/** Under the ceiling it grows by a fifth a second, up to half again what completes (a probe, not a leap). */
const INCREASE_PER_SECOND = 1.2;
const CEILING_OF_COMPLETIONS = 1.5;

/**
 * The admission rate after a pass: it follows the bookings the system actually completes. Past the ceiling
 * it falls, yet not below 90 % of the measured completions — the earlier law (halve every second while
 * reported) collapsed to the minimum during a rush, because the reports kept coming while the backlog of
 * admitted requests drained, and admitted next to nobody for half a minute. Under the ceiling it grows, yet
 * not beyond 1.5 × the completions (or the configured start): admitted visitors arrive late (they read
 * their place, they choose a time), and a rate grown blindly meanwhile lets a burst in that the booking
 * path then sheds. Within the bounds.
 */
export function nextAdmissionRate(signals: RateSignals, bounds: RateBounds): number {
  const seconds = Math.min(Math.max(signals.elapsedMs, 0), MAX_CATCH_UP_MS) / 1_000;
  const next = signals.isOverloaded
    ? Math.min(
        signals.current,
        Math.max(
          signals.current * DECREASE_PER_SECOND ** seconds,
          FLOOR_OF_COMPLETIONS * signals.completedPerSecond,
        ),
      )
    : Math.min(
        signals.current * INCREASE_PER_SECOND ** seconds,
        Math.max(signals.initialRate, CEILING_OF_COMPLETIONS * signals.completedPerSecond),
      );
  return Math.min(bounds.maxRate, Math.max(bounds.minRate, next));
}
