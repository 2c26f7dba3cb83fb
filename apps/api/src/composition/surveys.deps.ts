import type { BookingDeps } from '@talon/core/booking';
import { openSystemTicket } from '@talon/core/support';
import type { SurveysDeps } from '@talon/core/surveys';
import { createSurveyQualityTickets, createSurveysStore } from '@talon/db';
import { analyticsDeps } from './analytics.deps';
import type { Infrastructure } from './infrastructure';
import { supportDeps } from './support.deps';

/**
 * Surveys after a visit (docs/surveys.md). A low rating is marked «needs answer» on the clinic admin's list and
 * opens a ticket of the support desk for the clinic (category `quality`, issue 17 items 2 and 3), which the
 * clinic's admins and the support operators see in their queues.
 */
export const surveysDeps = (infra: Infrastructure, booking: BookingDeps): SurveysDeps => {
  const flagged = createSurveyQualityTickets(infra.db);
  const support = supportDeps(infra);
  return {
    store: createSurveysStore(infra.db, infra.cipher, { afterCommit: infra.afterCommit }),
    booking,
    analytics: analyticsDeps(infra),
    qualityTickets: {
      async open(input) {
        await flagged.open(input);
        await openSystemTicket(support, null, {
          category: 'quality',
          clinicId: input.clinicId,
          subject: 'Низкая оценка приёма пациентом',
          text: input.text,
          source: `survey:${input.surveyId}`,
        });
      },
    },
    clock: infra.clock,
  };
};
