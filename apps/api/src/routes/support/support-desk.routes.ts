import {
  problemResponses,
  ZCannedAnswer,
  ZCannedAnswerList,
  ZProblem,
  ZSaveCannedAnswer,
  ZSupportAnswer,
  ZSupportAssign,
  ZSupportMetrics,
  ZSupportMetricsQuery,
  ZSupportQueuePage,
  ZSupportQueueQuery,
  ZSupportStatusChange,
  ZSupportTicketDetails,
  ZSupportTicketId,
} from '@talon/contracts';
import { SUPPORT_STAFF_ROLES } from '@talon/core/support';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { noStore, principalOf, supportDeskRefusals } from '../route-preamble';
import { toSupportTicket, toSupportTicketDetails } from './support.presenter';

/**
 * The support operators' desk (issue 17 item 2): the queue with its filters, a ticket's conversation, taking
 * and assigning, answering (with canned answers), resolving and closing, and the response-time metrics. A
 * clinic admin sees the tickets of their clinics (a low survey rating). Reads are audited.
 */
export const supportDeskRoutes: FastifyPluginAsyncZod = async (app) => {
  const { support } = app.services;
  const tags = ['Support desk'];
  const config = { access: { roles: SUPPORT_STAFF_ROLES } };
  const keepers = { access: { roles: ['support', 'system_admin'] as const } };
  const withNotFound = { ...supportDeskRefusals, 404: problemResponses[404] };
  const conflict = { 409: ZProblem.describe('The ticket’s status does not allow it') };
  noStore(app);

  app.get(
    '/support/tickets',
    {
      config,
      schema: {
        tags,
        summary: 'The queue: open tickets first, oldest first; by status and assignment',
        querystring: ZSupportQueueQuery,
        response: { 200: ZSupportQueuePage, ...supportDeskRefusals },
      },
    },
    async (request) => {
      const { status, assignee, page, pageSize } = request.query;
      const found = await support.listSupportQueue(principalOf(request), {
        status,
        assignee,
        page,
        pageSize,
        origin: originOf(request),
      });
      return { items: found.items.map(toSupportTicket), total: found.total, page, pageSize };
    },
  );

  app.get(
    '/support/tickets/:id',
    {
      config,
      schema: {
        tags,
        summary: 'A ticket with its conversation (an audited read)',
        params: ZSupportTicketId,
        response: { 200: ZSupportTicketDetails, ...withNotFound },
      },
    },
    async (request) =>
      toSupportTicketDetails(
        await support.getSupportTicket(principalOf(request), {
          ticketId: request.params.id,
          origin: originOf(request),
        }),
      ),
  );

  app.post(
    '/support/tickets/:id/assign',
    {
      config,
      schema: {
        tags,
        summary: 'Take the ticket, or assign it to another operator («Новое» → «В работе»)',
        params: ZSupportTicketId,
        body: ZSupportAssign,
        response: { 200: ZSupportTicketDetails, ...withNotFound, ...conflict },
      },
    },
    async (request) =>
      toSupportTicketDetails(
        await support.assignSupportTicket(principalOf(request), {
          ticketId: request.params.id,
          assigneeAccountId: request.body.assigneeAccountId,
          origin: originOf(request),
        }),
      ),
  );

  app.post(
    '/support/tickets/:id/messages',
    {
      config,
      schema: {
        tags,
        summary: 'Answer in the conversation («Ожидает ответа», or «Решено» with `resolve`)',
        params: ZSupportTicketId,
        body: ZSupportAnswer,
        response: { 200: ZSupportTicketDetails, ...withNotFound, ...conflict },
      },
    },
    async (request) =>
      toSupportTicketDetails(
        await support.answerSupportTicket(principalOf(request), {
          ticketId: request.params.id,
          text: request.body.text,
          resolve: request.body.resolve,
          origin: originOf(request),
        }),
      ),
  );

  app.post(
    '/support/tickets/:id/status',
    {
      config,
      schema: {
        tags,
        summary: 'Mark the ticket «Решено» or «Закрыто»',
        params: ZSupportTicketId,
        body: ZSupportStatusChange,
        response: { 200: ZSupportTicketDetails, ...withNotFound, ...conflict },
      },
    },
    async (request) =>
      toSupportTicketDetails(
        await support.setSupportTicketStatus(principalOf(request), {
          ticketId: request.params.id,
          status: request.body.status,
          origin: originOf(request),
        }),
      ),
  );

  app.get(
    '/support/metrics',
    {
      config,
      schema: {
        tags,
        summary: 'First response and resolution times (mean, median) of the tickets opened in a period',
        querystring: ZSupportMetricsQuery,
        response: { 200: ZSupportMetrics, ...supportDeskRefusals },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      const metrics = await support.getSupportMetrics(principalOf(request), {
        from: from ? new Date(from) : undefined,
        to: to ? new Date(to) : undefined,
      });
      return { ...metrics, from: metrics.from.toISOString(), to: metrics.to.toISOString() };
    },
  );

  app.get(
    '/support/canned-answers',
    {
      config: keepers,
      schema: {
        tags,
        summary: 'The canned answers',
        response: { 200: ZCannedAnswerList, ...supportDeskRefusals },
      },
    },
    async (request) => ({
      items: (await support.listCannedAnswers(principalOf(request))).map((answer) => ({
        ...answer,
        updatedAt: answer.updatedAt.toISOString(),
      })),
    }),
  );

  app.post(
    '/support/canned-answers',
    {
      config: keepers,
      schema: {
        tags,
        summary: 'Write a canned answer',
        body: ZSaveCannedAnswer,
        response: { 201: ZCannedAnswer, ...supportDeskRefusals },
      },
    },
    async (request, reply) => {
      const saved = await support.saveCannedAnswer(principalOf(request), request.body);
      return reply.code(201).send({ ...saved, updatedAt: saved.updatedAt.toISOString() });
    },
  );

  app.put(
    '/support/canned-answers/:id',
    {
      config: keepers,
      schema: {
        tags,
        summary: 'Edit a canned answer',
        params: ZSupportTicketId,
        body: ZSaveCannedAnswer,
        response: { 200: ZCannedAnswer, ...withNotFound },
      },
    },
    async (request) => {
      const saved = await support.saveCannedAnswer(principalOf(request), {
        ...request.body,
        id: request.params.id,
      });
      return { ...saved, updatedAt: saved.updatedAt.toISOString() };
    },
  );
};
