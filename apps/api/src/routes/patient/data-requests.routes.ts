import { problemResponses, ZCreateDataRequest, ZDataRequest, ZProblem, z } from '@talon/contracts';
import type { Principal } from '@talon/core/identity';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { toDataRequest } from './privacy.presenters';

const errors = {
  400: problemResponses[400],
  401: ZProblem.describe('Not logged in'),
  403: ZProblem.describe('Not a patient account, or CSRF token missing'),
};

/** The person's own data-subject requests (152-ФЗ ст. 14, 20, 21) with their legal deadlines. */
export const dataRequestsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { privacy } = app.services;
  const tags = ['My data'];
  // Patients only: a staff account has no "my data" here (a staff member who is also a patient holds both roles).
  const config = { access: { roles: ['patient'] as const } };
  const principalOf = (request: { principal: Principal | null }) => request.principal as Principal;

  app.post(
    '/me/data-requests',
    {
      config,
      schema: {
        tags,
        summary: 'Ask for my data, a correction or deletion; the answer is due by `dueAt`',
        body: ZCreateDataRequest,
        response: { 201: ZDataRequest, ...errors },
      },
    },
    async (request, reply) => {
      const created = await privacy.createDataRequest(principalOf(request), {
        ...request.body,
        origin: originOf(request),
      });
      return reply.code(201).send(toDataRequest(created));
    },
  );

  app.get(
    '/me/data-requests',
    {
      config,
      schema: {
        tags,
        summary: 'My data-subject requests, newest first',
        response: { 200: z.object({ items: z.array(ZDataRequest) }), ...errors },
      },
    },
    async (request) => ({
      items: (await privacy.listMyDataRequests(principalOf(request))).map(toDataRequest),
    }),
  );
};
