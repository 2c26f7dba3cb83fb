import { type AnalyticsRollupRepository, rollUpAnalytics } from '@talon/core/analytics';
import type { Clock } from '@talon/core/shared';
import type { WorkerLogger } from '../logger';

export const ROLLUP_ANALYTICS_JOB = 'analytics.rollup';
/**
 * Daily at 00:30 UTC, just after a UTC midnight moves the last closed day (`closedThroughAt`) on; also at
 * start, which on the first run backfills the whole history (docs/analytics.md «Daily rollup»).
 */
export const ROLLUP_ANALYTICS_CRON = '30 0 * * *';

/** Recomputes the closed days of the load report's rollup and moves its mark (`rollUpAnalytics`). */
export async function rollUpAnalyticsJob(deps: {
  rollup: AnalyticsRollupRepository;
  clock: Clock;
  logger: WorkerLogger;
}) {
  const result = await rollUpAnalytics(deps);
  deps.logger.info(
    { closedThrough: result.closedThrough, days: result.ranges.length, rows: result.rows },
    'analytics rollup written',
  );
  return result;
}
