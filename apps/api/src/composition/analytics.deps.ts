import type { AnalyticsDeps } from '@talon/core/analytics';
import { createAnalyticsRepository } from '@talon/db';
import type { Infrastructure } from './infrastructure';

export const analyticsDeps = ({ db, clock }: Infrastructure): AnalyticsDeps => ({
  analytics: createAnalyticsRepository(db),
  clock,
});
