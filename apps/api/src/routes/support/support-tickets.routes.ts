import {
  problemResponses,
  ZOpenSupportTicket,
  ZProblem,
  ZSupportMessageText,
  ZSupportTicketDetails,
  ZSupportTicketId,
  ZSupportTicketList,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { accountRefusals, noStore, principalOf } from '../route-preamble';
import { toSupportTicket, toSupportTicketDetails } from './support.presenter';

/**
 * One's own support tickets (issue 17 item 2), from any cabinet: the feedback form opens one, the person
 * follows its conversation, writes back and closes it. Someone else's ticket is 404.
 */
export const supportTicketsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { support } = app.services;
  const tags = ['Support'];
  const config = { access: 'authenticated' as const };
  const withNotFound = { ...accountRefusals, 404: problemResponses[404] };
  noStore(app);

  app.post(
    '/me/support-tickets',
    {
      config,
      schema: {
        tags,
        summary: 'Write to support: opens a ticket «Новое» with its number',
        body: ZOpenSupportTicket,
        response: { 201: ZSupportTicketDetails, ...accountRefusals },
      },
    },
    async (request, reply) => {
      const opened = await support.openSupportTicket(principalOf(request), {
        ...request.body,
        origin: originOf(request),
      });
      return reply.code(201).send(toSupportTicketDetails(opened));
    },
  );

  app.get(
    '/me/support-tickets',
    {
      config,
      schema: {
        tags,
        summary: 'My support tickets, newest first',
        response: { 200: ZSupportTicketList, ...accountRefusals },
      },
    },
    async (request) => ({
      items: (await support.listMySupportTickets(principalOf(request))).map(toSupportTicket),
    }),
  );

  app.get(
    '/me/support-tickets/:id',
    {
      config,
      schema: {
        tags,
        summary: 'One of my support tickets with its conversation',
        params: ZSupportTicketId,
        response: { 200: ZSupportTicketDetails, ...withNotFound },
      },
    },
    async (request) =>
      toSupportTicketDetails(
        await support.getMySupportTicket(principalOf(request), { ticketId: request.params.id }),
      ),
  );

  app.post(
    '/me/support-tickets/:id/messages',
    {
      config,
      schema: {
        tags,
        summary: 'Write in my ticket’s conversation (reopens a resolved ticket)',
        params: ZSupportTicketId,
        body: ZSupportMessageText,
        response: {
          200: ZSupportTicketDetails,
          ...withNotFound,
          409: ZProblem.describe('The ticket’s status does not allow it'),
        },
      },
    },
    async (request) =>
      toSupportTicketDetails(
        await support.replyToMySupportTicket(principalOf(request), {
          ticketId: request.params.id,
          text: request.body.text,
          origin: originOf(request),
        }),
      ),
  );

  app.post(
    '/me/support-tickets/:id/close',
    {
      config,
      schema: {
        tags,
        summary: 'Close my ticket («Закрыто»)',
        params: ZSupportTicketId,
        response: {
          200: ZSupportTicketDetails,
          ...withNotFound,
          409: ZProblem.describe('The ticket’s status does not allow it'),
        },
      },
    },
    async (request) =>
      toSupportTicketDetails(
        await support.closeMySupportTicket(principalOf(request), {
          ticketId: request.params.id,
          origin: originOf(request),
        }),
      ),
  );
};
