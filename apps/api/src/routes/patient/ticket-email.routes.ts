import {
  problemResponses,
  ZEmailTicketRequest,
  ZEmailTicketResult,
  ZIdParams,
  ZProblem,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { accessRefusals, principalOf } from '../route-preamble';

/** `POST /appointments/{id}/ticket/email`: the ticket sent to an email through the outbox (issue 6). */
export const ticketEmailRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/appointments/:id/ticket/email',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['Appointments'],
        summary: "Email the ticket (to the given address, or the account's own); a few times an hour",
        description:
          'The email carries the ticket data and links to the PDF ticket and the calendar event. ' +
          'EMAIL_REQUIRED (409): no address given and none in the profile. TICKET_EMAIL_RATE_LIMITED (429).',
        params: ZIdParams,
        body: ZEmailTicketRequest.nullish(),
        response: {
          202: ZEmailTicketResult,
          ...accessRefusals('CSRF token missing'),
          404: problemResponses[404],
          409: ZProblem.describe('EMAIL_REQUIRED, or the appointment was cancelled or moved'),
          429: ZProblem.describe('TICKET_EMAIL_RATE_LIMITED, with Retry-After'),
        },
      },
    },
    async (request, reply) => {
      const result = await app.services.tickets.email(principalOf(request), {
        appointmentId: request.params.id,
        email: request.body?.email,
        origin: originOf(request),
      });
      return reply.code(202).send(result);
    },
  );
};
