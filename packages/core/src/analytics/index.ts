// Analytics: waits against the legal norms (days to the third next free slot) and the load of a period,
// per clinic, specialty and practitioner (DESIGN §4a; docs/analytics.md).
export { AnalyticsErrorCode } from './analytics.errors';
export type * from './analytics.ports';
export type * from './analytics.types';
export { analyticsUseCases } from './analytics.use-cases';
export { analyticsPeriod, MAX_ANALYTICS_DAYS } from './analytics-period';
export {
  type AnalyticsRollupRepository,
  closedThroughAt,
  ROLLUP_RECOMPUTE_DAYS,
  rollUpAnalytics,
  rollupRanges,
} from './analytics-rollup';
export { analyticsScope } from './analytics-scope';
export type { GetLoadInput } from './get-load';
export type { GetWaitsInput } from './get-waits';
export { LOAD_CSV_COLUMNS } from './load-csv';
export {
  buildLoadReport,
  emptyFigures,
  ONLINE_CHANNELS,
  onlineShare,
  summarizeLoadRows,
} from './load-report';
export { classifyWait, waitNormOf, workingDaysBetween } from './wait-norms';
