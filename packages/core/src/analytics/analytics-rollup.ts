import { addDays, type Clock } from '../shared';

/**
 * Closed days recomputed by every run. A closed day changes only when a visit of it is marked afterwards
 * (fulfilled, no-show: doctors and the registry close their day late, rarely more than a week later);
 * cancellations, moves, bookings and slot changes touch future times only. Two weeks cover the late marks
 * with room, at the cost of about 14 × 5 700 rows a night on the large set.
 */
export const ROLLUP_RECOMPUTE_DAYS = 14;
/** Days written per transaction (the backfill of a long history goes in month-sized steps). */
export const ROLLUP_CHUNK_DAYS = 31;

/**
 * The last day closed in every clinic's zone: the UTC date two days back. A clinic-local day ends by noon
 * UTC of the next day in any zone (UTC−12 … UTC+14), so two UTC midnights later it is over everywhere.
 */
export const closedThroughAt = (now: Date): string => addDays(now.toISOString().slice(0, 10), -2);

/**
 * The days a run recomputes, in month-sized steps, oldest first: everything from the earliest data on the
 * first run (backfill), afterwards the last `ROLLUP_RECOMPUTE_DAYS` closed days and whatever closed since
 * the previous run (after a pause of the worker).
 */
export function rollupRanges(input: {
  now: Date;
  closedThrough: string | null;
  earliestDay: string | null;
}): { closedThrough: string; ranges: { from: string; to: string }[] } {
  const closedThrough = closedThroughAt(input.now);
  const window = addDays(closedThrough, -(ROLLUP_RECOMPUTE_DAYS - 1));
  const since = input.closedThrough === null ? input.earliestDay : addDays(input.closedThrough, 1);
  const start = since !== null && since < window ? since : window;
  const ranges: { from: string; to: string }[] = [];
  for (let from = start; from <= closedThrough; from = addDays(from, ROLLUP_CHUNK_DAYS)) {
    const to = addDays(from, ROLLUP_CHUNK_DAYS - 1);
    ranges.push({ from, to: to < closedThrough ? to : closedThrough });
  }
  return { closedThrough, ranges };
}

/** What the rollup job needs of the database (packages/db `createAnalyticsRollupRepository`). */
export interface AnalyticsRollupRepository {
  /** The last day the rollup holds; null before the first run. */
  closedThrough(): Promise<string | null>;
  /** The earliest clinic-local day of any slot or appointment (UTC date, a day early); null without data. */
  earliestDay(): Promise<string | null>;
  /** Recomputes the rows of these days from the live tables, replacing what was there; the rows written. */
  replaceDays(range: { from: string; to: string }): Promise<number>;
  /** Records that every day up to `day` is in the rollup. */
  setClosedThrough(day: string): Promise<void>;
}

/**
 * The `analytics.rollup` job (docs/analytics.md «Daily rollup»): recomputes the closed days of
 * `rollupRanges` and then moves the mark the load report reads. Idempotent: a day is replaced whole, so a
 * repeated or overlapping run leaves the same rows.
 */
export async function rollUpAnalytics(deps: { rollup: AnalyticsRollupRepository; clock: Clock }) {
  const [closedThrough, earliestDay] = [await deps.rollup.closedThrough(), await deps.rollup.earliestDay()];
  const plan = rollupRanges({ now: deps.clock.now(), closedThrough, earliestDay });
  let rows = 0;
  for (const range of plan.ranges) rows += await deps.rollup.replaceDays(range);
  if (closedThrough === null || plan.closedThrough > closedThrough) {
    await deps.rollup.setClosedThrough(plan.closedThrough);
  }
  return { closedThrough: plan.closedThrough, ranges: plan.ranges, rows };
}
