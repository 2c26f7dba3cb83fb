import {
  adminProblemResponses,
  problemResponses,
  ZIncident,
  ZIncidentParams,
  ZIncidentUpdateBody,
  ZOpenIncidentBody,
  ZProblem,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { presentIncident } from '../public/status.presenter';
import { principalOf } from '../route-preamble';

/**
 * Incidents of the public status page (issue 13 item 5): a system admin opens one and posts its updates.
 * Every write is audited. This process's public answer is refreshed at once; other processes' within their cache time.
 */
export const adminStatusIncidentsRoutes: FastifyPluginAsyncZod<{ cache: { invalidate(): void } }> = async (
  app,
  { cache },
) => {
  const { status } = app.services;
  const tags = ['Admin'];
  const config = { access: { roles: ['system_admin'] as const } };
  const errors = { ...adminProblemResponses, 404: problemResponses[404], 409: ZProblem.describe('Resolved') };

  app.post(
    '/admin/status/incidents',
    {
      config,
      schema: {
        tags,
        summary: 'Open an incident on the public status page, with its first update',
        body: ZOpenIncidentBody,
        response: { 201: ZIncident, ...errors },
      },
    },
    async (request, reply) => {
      const incident = await status.openIncident(principalOf(request), {
        ...request.body,
        origin: originOf(request),
      });
      cache.invalidate();
      return reply.code(201).send(presentIncident(incident));
    },
  );

  app.post(
    '/admin/status/incidents/:id/updates',
    {
      config,
      schema: {
        tags,
        summary: 'Post an update of an incident and set its status (resolved ends it)',
        params: ZIncidentParams,
        body: ZIncidentUpdateBody,
        response: { 201: ZIncident, ...errors },
      },
    },
    async (request, reply) => {
      const incident = await status.postIncidentUpdate(principalOf(request), {
        incidentId: request.params.id,
        ...request.body,
        origin: originOf(request),
      });
      cache.invalidate();
      return reply.code(201).send(presentIncident(incident));
    },
  );
};
