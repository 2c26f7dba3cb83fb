import { problemResponses, ZIdParams, ZProblem, z } from '@talon/contracts';
import type { Principal } from '@talon/core/identity';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';

const ZCancelPeriod = z.object({
  from: z.string({ message: 'Укажите начало периода (ISO 8601)' }),
  to: z.string({ message: 'Укажите окончание периода (ISO 8601)' }),
  /** Required: checked by the use case, so a missing reason gets its own Russian message. */
  reason: z.string().max(500, { message: 'Причина — не длиннее 500 символов' }).optional(),
  kind: z
    .enum(['absence', 'vacation', 'sick_day'], {
      message: 'Вид отмены: absence, vacation или sick_day',
    })
    .optional(),
});

const ZCancelPeriodResult = z.object({
  cancelled: z.number().int(),
  blockedSlots: z.number().int(),
  appointments: z.array(z.object({ id: z.string(), patientId: z.string() })),
});

/**
 * Clinic-side cancellation (DESIGN rule 8, issue 4 item 8): a clinic admin (of the role's clinic; another
 * clinic's role is "not found") or a system admin cancels a practitioner's day or period with a reason.
 * One transaction records the absence, cancels every active visit in it (`cancelled_by_clinic`), blocks all
 * the role's slots in it, writes an SMS with alternatives to each patient and grants them a rebooking priority.
 */
export const clinicCancellationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { scheduling } = app.services;
  app.post(
    '/admin/practitioner-roles/:id/cancel-period',
    {
      config: { access: { roles: ['clinic_admin', 'system_admin'] as const } },
      schema: {
        tags: ['Admin'],
        summary: 'Cancel a practitioner’s day or period: visits cancelled, patients notified (audited)',
        params: ZIdParams,
        body: ZCancelPeriod,
        response: {
          200: ZCancelPeriodResult,
          400: problemResponses[400],
          401: ZProblem.describe('Not logged in'),
          403: ZProblem.describe('Not an administrator'),
          404: problemResponses[404],
        },
      },
    },
    async (request) => {
      const result = await scheduling.cancelPeriod({
        principal: request.principal as Principal,
        origin: originOf(request),
        practitionerRoleId: request.params.id,
        from: new Date(request.body.from),
        to: new Date(request.body.to),
        reason: request.body.reason,
        kind: request.body.kind,
      });
      return {
        cancelled: result.cancelled,
        blockedSlots: result.blockedSlots,
        appointments: result.appointments,
      };
    },
  );
};
