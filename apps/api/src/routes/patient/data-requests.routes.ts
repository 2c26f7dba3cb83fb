import { ZCreateDataRequest, ZDataRequest, z } from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { patientRefusals, principalOf } from '../route-preamble';
import { toDataRequest } from './privacy.presenters';

/** The person's own data-subject requests (152-ФЗ ст. 14, 20, 21) with their legal deadlines. */
export const dataRequestsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { privacy } = app.services;
  const tags = ['My data'];
  // Patients only: a staff account has no "my data" here (a staff member who is also a patient holds both roles).
  const config = { access: { roles: ['patient'] as const } };

  app.post(
    '/me/data-requests',
    {
      config,
      schema: {
        tags,
        summary: 'Ask for my data, a correction or deletion; the answer is due by `dueAt`',
        body: ZCreateDataRequest,
        response: { 201: ZDataRequest, ...patientRefusals },
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
        response: { 200: z.object({ items: z.array(ZDataRequest) }), ...patientRefusals },
      },
    },
    async (request) => ({
      items: (await privacy.listMyDataRequests(principalOf(request))).map(toDataRequest),
    }),
  );
};
