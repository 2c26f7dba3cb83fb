import { problemResponses, ZListReferralsQuery, ZReferralList } from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { accessRefusals, principalOf } from '../route-preamble';
import { presentReferral } from './referrals.presenter';

/**
 * `GET /referrals`: my referrals and my wards' (or one person's, as the access policy decides, like the
 * list of appointments). The booking screen lists the usable ones of the specialty being booked.
 */
export const referralsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/referrals',
    {
      config: { access: { roles: ['patient', 'registrar', 'call_centre'] as const } },
      schema: {
        tags: ['Referrals'],
        summary: "My referrals and my wards' (or one patient's), newest first",
        querystring: ZListReferralsQuery,
        response: {
          200: ZReferralList,
          ...accessRefusals('Role not allowed'),
          404: problemResponses[404].describe('No such person, or no right to see them'),
        },
      },
    },
    async (request) => {
      const { patientId, specialty, usable } = request.query;
      const items = await app.services.referrals.list(principalOf(request), {
        patientId,
        specialty,
        usable,
        origin: originOf(request),
      });
      return { items: items.map(presentReferral) };
    },
  );
};
