import {
  problemResponses,
  ZIdParams,
  ZMedicalAccessRequest,
  ZMyRepresentative,
  ZProblem,
  z,
} from '@talon/contracts';
import type { MyRepresentativeView } from '@talon/core/access';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { accessRefusals, principalOf } from '../route-preamble';

const errors = {
  ...accessRefusals('Not a patient, or CSRF token missing'),
  404: problemResponses[404],
  409: ZProblem.describe('Not a parent link, or I am not 15–17'),
};

const present = (item: MyRepresentativeView) => ({ ...item, createdAt: item.createdAt.toISOString() });

/**
 * The patient's own parents and guardians, and the young person's say (15–17) over whether a parent reads
 * their medical data (323-ФЗ art. 54; docs/domain.md rule 24).
 */
export const myRepresentativesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { access } = app.services;
  const tags = ['Representatives'];
  const config = { access: { roles: ['patient'] as const } };

  app.get(
    '/me/representatives',
    {
      config,
      schema: {
        tags,
        summary: 'My parents and guardians, and whether each reads my medical data',
        response: { 200: z.object({ items: z.array(ZMyRepresentative) }), ...errors },
      },
    },
    async (request) => ({
      items: (await access.listMyRepresentatives(principalOf(request))).map(present),
    }),
  );

  app.put(
    '/me/representatives/:id/medical-access',
    {
      config,
      schema: {
        tags,
        summary:
          'From 15 to 18: let a parent read my medical data, or withdraw it (booking for me stays with the parent)',
        params: ZIdParams,
        body: ZMedicalAccessRequest,
        response: { 200: ZMyRepresentative, ...errors },
      },
    },
    async (request) =>
      present(
        await access.setRepresentativeMedicalAccess(principalOf(request), {
          linkId: request.params.id,
          isAllowed: request.body.allowed,
          origin: originOf(request),
        }),
      ),
  );
};
