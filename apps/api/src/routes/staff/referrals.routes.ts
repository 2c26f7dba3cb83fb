import { problemResponses, ZIssueReferralRequest, ZReferral } from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { presentReferral } from '../patient/referrals.presenter';
import { practitionerRefusals, principalOf } from '../route-preamble';

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
          ...practitionerRefusals,
          404: problemResponses[404].describe('No such patient, or not in my care (the answer is the same)'),
        },
      },
    },
    async (request, reply) => {
      const view = await app.services.referrals.issue(principalOf(request), {
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
