import {
  adminProblemResponses,
  problemResponses,
  ZAbsenceDecisionRequest,
  ZAbsenceDecisionResult,
  ZAbsenceRequest,
  ZAbsenceRequestInput,
  ZAbsenceRequestList,
  ZAbsenceRequestListQuery,
  ZIdParams,
  ZProblem,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { clinicPractitionerRefusals, principalOf } from '../route-preamble';
import { presentAbsenceRequest } from './practice.presenter';

/**
 * Absence requests (issue 12 item 2): the practitioner asks for days away; the clinic admin (of the role's
 * clinic) or a system admin approves — which cancels the period clinic-side in the same transaction — or
 * rejects. The admin decides in «Расписание» (`/admin/schedules`, «Заявки на отсутствие»).
 */
export const absenceRequestsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { absences } = app.services;
  const practitioner = { roles: ['doctor', 'nurse'] as const };
  const admin = { roles: ['clinic_admin', 'system_admin'] as const };

  app.post(
    '/practitioner/absence-requests',
    {
      config: { access: practitioner },
      schema: {
        tags: ['Practitioner'],
        summary: 'Ask to be away (vacation, training, sick leave, other) for clinic-local days',
        body: ZAbsenceRequestInput,
        response: { 201: ZAbsenceRequest, ...clinicPractitionerRefusals },
      },
    },
    async (request, reply) => {
      const created = await absences.request(principalOf(request), {
        ...request.body,
        origin: originOf(request),
      });
      return reply.code(201).send(presentAbsenceRequest(created));
    },
  );

  app.get(
    '/practitioner/absence-requests',
    {
      config: { access: practitioner },
      schema: {
        tags: ['Practitioner'],
        summary: 'One’s own absence requests, newest first',
        response: { 200: ZAbsenceRequestList, ...clinicPractitionerRefusals },
      },
    },
    async (request) => ({
      items: (await absences.listOwn(principalOf(request))).map(presentAbsenceRequest),
    }),
  );

  app.get(
    '/admin/absence-requests',
    {
      config: { access: admin },
      schema: {
        tags: ['Admin'],
        summary: 'Absence requests of the admin’s clinics (a system admin: all), by status',
        querystring: ZAbsenceRequestListQuery,
        response: { 200: ZAbsenceRequestList, ...adminProblemResponses },
      },
    },
    async (request) => ({
      items: (await absences.list(principalOf(request), request.query)).map(presentAbsenceRequest),
    }),
  );

  app.post(
    '/admin/absence-requests/:id/decision',
    {
      config: { access: admin },
      schema: {
        tags: ['Admin'],
        summary: 'Approve (cancels the period’s visits and blocks its slots) or reject an absence request',
        params: ZIdParams,
        body: ZAbsenceDecisionRequest,
        response: {
          200: ZAbsenceDecisionResult,
          ...adminProblemResponses,
          404: problemResponses[404].describe('No such request, or one of another clinic'),
          409: ZProblem.describe('Decided already'),
          422: ZProblem.describe('ABSENCE_REJECTION_REASON_REQUIRED: a refusal without a reason'),
        },
      },
    },
    async (request) => {
      const { request: decided, cancellation } = await absences.decide(principalOf(request), {
        id: request.params.id,
        decision: request.body.decision,
        reason: request.body.reason,
        comment: request.body.comment,
        origin: originOf(request),
      });
      return {
        request: presentAbsenceRequest(decided),
        cancelled: cancellation?.cancelled ?? 0,
        blockedSlots: cancellation?.blockedSlots ?? 0,
      };
    },
  );
};
