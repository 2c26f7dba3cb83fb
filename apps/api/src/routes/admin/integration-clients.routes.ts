import {
  adminProblemResponses,
  problemResponses,
  ZIntegrationClient,
  ZIntegrationClientBody,
  ZIntegrationClientList,
  ZIntegrationClientParams,
  ZProblem,
  ZRegisteredIntegrationClient,
} from '@talon/contracts';
import type { IntegrationClient, PublicJwks } from '@talon/core/integration-clients';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { principalOf } from '../route-preamble';

const presentClient = (client: IntegrationClient) => ({
  ...client,
  createdAt: client.createdAt.toISOString(),
  revokedAt: client.revokedAt?.toISOString() ?? null,
});

/**
 * Integration clients of the admin cabinet (issue 13 «integration clients», issue 14 item 1; docs/oauth.md):
 * the system admin registers machine clients, sees them and revokes them. A clinic admin is refused (403)
 * and the refusal audited; registrations and revocations are audited.
 */
export const adminIntegrationClientsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { integrationClients } = app.services;
  const tags = ['Admin'];
  const config = { access: { roles: ['system_admin', 'clinic_admin'] as const } };
  const errors = {
    ...adminProblemResponses,
    403: ZProblem.describe('Not the system admin (INTEGRATION_CLIENTS_SYSTEM_ADMIN_ONLY)'),
  };

  app.get(
    '/admin/integration-clients',
    {
      config,
      schema: {
        tags,
        summary: 'Integration clients, newest first (system admin)',
        response: { 200: ZIntegrationClientList, ...errors },
      },
    },
    async (request) => ({
      items: (await integrationClients.listClients(principalOf(request), { origin: originOf(request) })).map(
        presentClient,
      ),
    }),
  );

  app.post(
    '/admin/integration-clients',
    {
      // Only the system admin passes the guard, so a clinic admin's body is never validated before the refusal.
      config: { access: { roles: ['system_admin'] as const } },
      schema: {
        tags,
        summary: 'Register an integration client (system admin)',
        description:
          'client_secret_basic: the answer carries the secret this once. private_key_jwt: give the public key ' +
          'set inline (`jwks`) or its https address (`jwksUrl`).',
        body: ZIntegrationClientBody,
        response: { 201: ZRegisteredIntegrationClient, ...errors },
      },
    },
    async (request, reply) => {
      const { client, clientSecret } = await integrationClients.registerClient(principalOf(request), {
        ...request.body,
        jwks: (request.body.jwks as PublicJwks | null | undefined) ?? null,
        origin: originOf(request),
      });
      return reply.code(201).send({ client: presentClient(client), clientSecret });
    },
  );

  app.post(
    '/admin/integration-clients/:id/revoke',
    {
      config,
      schema: {
        tags,
        summary: 'Revoke an integration client: its tokens stop working at once (system admin)',
        params: ZIntegrationClientParams,
        response: { 200: ZIntegrationClient, ...errors, 404: problemResponses[404] },
      },
    },
    async (request) =>
      presentClient(
        await integrationClients.revokeClient(principalOf(request), {
          clientId: request.params.id,
          origin: originOf(request),
        }),
      ),
  );
};
