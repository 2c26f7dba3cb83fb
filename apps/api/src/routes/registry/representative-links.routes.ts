import {
  problemResponses,
  ZIdParams,
  ZLinkDecisionRequest,
  ZProblem,
  ZRepresentativeLink,
  z,
} from '@talon/contracts';
import type { RepresentativeLinkRecord } from '@talon/core/access';
import type { Principal } from '@talon/core/identity';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';

const toLink = (link: RepresentativeLinkRecord) => ({ ...link, createdAt: link.createdAt.toISOString() });

/** The registry approves or rejects guardian links of adult wards. */
export const representativeLinksRoutes: FastifyPluginAsyncZod = async (app) => {
  const { access } = app.services;
  const tags = ['Representatives'];
  const config = { access: { roles: ['registrar', 'clinic_admin'] as const } };
  const errors = {
    401: ZProblem.describe('Not logged in'),
    403: ZProblem.describe('Not registry staff, or CSRF token missing'),
  };

  app.get(
    '/registry/representative-links',
    {
      config,
      schema: {
        tags,
        summary: 'Guardian links waiting for approval (wards of my clinics or without a clinic)',
        querystring: z.object({ status: z.literal('pending').default('pending') }),
        response: {
          200: z.object({ items: z.array(ZRepresentativeLink) }),
          400: problemResponses[400],
          ...errors,
        },
      },
    },
    async (request) => ({
      items: (await access.listPendingLinks(request.principal as Principal)).map(toLink),
    }),
  );

  app.post(
    '/registry/representative-links/:id/decision',
    {
      config,
      schema: {
        tags,
        summary: 'Approve or reject a guardian link after checking the guardianship decision',
        params: ZIdParams,
        body: ZLinkDecisionRequest,
        response: {
          200: ZRepresentativeLink,
          400: problemResponses[400],
          404: problemResponses[404],
          409: ZProblem,
          ...errors,
        },
      },
    },
    async (request) =>
      toLink(
        await access.decideLink(request.principal as Principal, {
          linkId: request.params.id,
          decision: request.body.decision,
          reason: request.body.reason,
          origin: originOf(request),
        }),
      ),
  );
};
