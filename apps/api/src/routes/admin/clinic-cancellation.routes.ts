import {
  adminProblemResponses,
  problemResponses,
  type TCancelPeriodRequest,
  ZCancelPeriodPreview,
  ZCancelPeriodRequest,
  ZCancelPeriodResult,
  ZIdParams,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { principalOf } from '../route-preamble';

/** The role's period as the cancellation and its preview take it. */
const periodOf = (practitionerRoleId: string, body: TCancelPeriodRequest) => ({
  practitionerRoleId,
  from: new Date(body.from),
  to: new Date(body.to),
  reason: body.reason,
  kind: body.kind,
});

/**
 * Clinic-side cancellation (docs/domain.md rule 8, issue 4 item 8): a clinic admin (of the role's clinic; another
 * clinic's role is "not found") or a system admin cancels a practitioner's day or period with a reason.
 * One transaction records the absence, cancels every active visit in it (`cancelled_by_clinic`), blocks all
 * the role's slots in it, writes an SMS with alternatives to each patient and grants them a rebooking priority.
 * Its preview, with the same body and the same selection of visits, lists them before the admin confirms.
 */
export const clinicCancellationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { clinicCancellation } = app.services;
  app.post(
    '/admin/practitioner-roles/:id/cancel-period',
    {
      config: { access: { roles: ['clinic_admin', 'system_admin'] as const } },
      schema: {
        tags: ['Admin'],
        summary: 'Cancel a practitioner’s day or period: visits cancelled, patients notified (audited)',
        params: ZIdParams,
        body: ZCancelPeriodRequest,
        response: {
          200: ZCancelPeriodResult,
          ...adminProblemResponses,
          404: problemResponses[404],
        },
      },
    },
    async (request) => {
      const result = await clinicCancellation.cancelPeriod(principalOf(request), {
        ...periodOf(request.params.id, request.body),
        origin: originOf(request),
      });
      return {
        cancelled: result.cancelled,
        blockedSlots: result.blockedSlots,
        appointments: result.appointments,
      };
    },
  );

  app.post(
    '/admin/practitioner-roles/:id/cancel-period/preview',
    {
      config: { access: { roles: ['clinic_admin', 'system_admin'] as const } },
      schema: {
        tags: ['Admin'],
        summary: 'The visits cancelling the period would cancel, with their patients (nothing is written)',
        params: ZIdParams,
        body: ZCancelPeriodRequest,
        response: {
          200: ZCancelPeriodPreview,
          ...adminProblemResponses,
          404: problemResponses[404],
        },
      },
    },
    async (request) => {
      const preview = await clinicCancellation.previewCancelPeriod(
        principalOf(request),
        periodOf(request.params.id, request.body),
      );
      return {
        timeZone: preview.timeZone,
        visits: preview.visits.map(({ startsAt, ...visit }) => ({ ...visit, start: startsAt.toISOString() })),
      };
    },
  );
};
