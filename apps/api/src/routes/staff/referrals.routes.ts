import { problemResponses, ZIssueReferralRequest, ZProblem, ZReferral } from '@talon/contracts';
import type { Principal } from '@talon/core/identity';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { presentReferral } from '../patient/referrals.presenter';

/** `POST /referrals`: a doctor refers one of their own patients to a specialty (issue 6). */
export const staffReferralsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/referrals',
    {
      config: { access: { roles: ['doctor'] as const } },
      schema: {
        tags: ['Referrals'],
        summary: 'Issue a referral (направление) to a patient in my care; the patient is notified',
        description:
          'Only patients with a care relation to the practitioner (attached to their clinic). The issuing ' +
          "organization is that clinic. Audited. The patient's messages never carry the diagnosis.",
        body: ZIssueReferralRequest,
        response: {
          201: ZReferral,
          400: problemResponses[400],
          401: ZProblem.describe('Not logged in'),
          403: ZProblem.describe('Not a practitioner, or CSRF token missing'),
          404: problemResponses[404].describe('No such patient, or not in my care (the answer is the same)'),
        },
      },
    },
    async (request, reply) => {
      const view = await app.services.referrals.issue(request.principal as Principal, {
        patientId: request.body.patientId,
        specialty: request.body.specialty,
        diagnosisCode: request.body.diagnosisCode ?? null,
        validUntil: request.body.validUntil,
        origin: originOf(request),
      });
      return reply.code(201).send(presentReferral(view));
    },
  );
};
