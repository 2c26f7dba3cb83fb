import type { BookingDeps } from '@talon/core/booking';
import type { SurveysDeps } from '@talon/core/surveys';
import { createSurveyQualityTickets, createSurveysStore } from '@talon/db';
import { analyticsDeps } from './analytics.deps';
import type { Infrastructure } from './infrastructure';

/**
 * Surveys after a visit (docs/surveys.md). `qualityTickets` is where a low rating opens a ticket for the
 * clinic: for now it marks the survey «needs answer» on the admin's list; the support desk's «open a ticket
 * for a clinic» use case replaces it here (issue 17 item 2).
 */
export const surveysDeps = (infra: Infrastructure, booking: BookingDeps): SurveysDeps => ({
  store: createSurveysStore(infra.db, infra.cipher, { afterCommit: infra.afterCommit }),
  booking,
  analytics: analyticsDeps(infra),
  qualityTickets: createSurveyQualityTickets(infra.db),
  clock: infra.clock,
});
