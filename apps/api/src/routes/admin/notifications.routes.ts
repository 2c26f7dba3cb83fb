import {
  problemResponses,
  ZAdminOutboxPage,
  ZAdminOutboxQuery,
  ZIdParams,
  ZProblem,
  z,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { toAdminOutboxDto } from '../patient/notifications.presenter';
import { callerRefusals, principalOf } from '../route-preamble';

const errors = callerRefusals('Not a system administrator');

/**
 * The outbox for system administrators: dead letters and their retry. Messages of every clinic and person
 * pass through it, so only the system administrator sees it, with recipients masked and no payloads.
 */
export const adminNotificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { notificationsDelivery: delivery } = app.services;
  const tags = ['Admin'];
  const config = { access: { roles: ['system_admin'] as const } };

  app.get(
    '/admin/notifications',
    {
      config,
      schema: {
        tags,
        summary: 'Outbox messages, latest change first; `status=dead` for the dead letters',
        querystring: ZAdminOutboxQuery,
        response: { 200: ZAdminOutboxPage, 400: problemResponses[400], ...errors },
      },
    },
    async (request) => {
      const page = await delivery.listOutboxMessages(principalOf(request), request.query);
      return { ...page, items: page.items.map(toAdminOutboxDto) };
    },
  );

  app.post(
    '/admin/notifications/:id/retry',
    {
      config,
      schema: {
        tags,
        summary: 'Send a dead message again (it keeps its dedupe key; tries start over)',
        params: ZIdParams,
        response: {
          202: z.null(),
          404: problemResponses[404],
          409: ZProblem.describe('The message is not dead (already sent, queued or being sent)'),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      await delivery.retryDeadMessage(principalOf(request), { id: request.params.id });
      return reply.status(202).send(null);
    },
  );
};
