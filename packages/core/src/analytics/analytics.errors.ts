/** Error codes of the analytics module (mapped to HTTP and Russian text by the API). */
export const AnalyticsErrorCode = {
  /** A date that is not `YYYY-MM-DD`, `from` after `to`, or a period longer than the maximum. */
  INVALID_ANALYTICS_PERIOD: 'INVALID_ANALYTICS_PERIOD',
  /** The clinic does not exist or lies outside the caller's clinics (404: its existence is not revealed). */
  ANALYTICS_ORGANIZATION_NOT_FOUND: 'ANALYTICS_ORGANIZATION_NOT_FOUND',
} as const;
export type AnalyticsErrorCode = (typeof AnalyticsErrorCode)[keyof typeof AnalyticsErrorCode];
