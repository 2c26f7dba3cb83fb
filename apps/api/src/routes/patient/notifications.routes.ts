import {
  problemResponses,
  ZIdParams,
  ZInAppNotificationPage,
  ZMarkedRead,
  ZNotificationsQuery,
  ZProblem,
  ZUnreadCount,
  z,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  acceptsEventStream,
  openEventStream,
  refuseNonEventStream,
  refuseTooManyStreams,
} from '../../live/event-stream';
import { sendProblem } from '../../plugins/problem-details/send-problem';
import { principalOf } from '../route-preamble';
import { toNotificationDto } from './notifications.presenter';

/** When the process is full, a page should not hammer it: streams free up as people leave pages. */
const RETRY_AFTER_SECONDS = 30;

const errors = { 401: ZProblem.describe('Not logged in') };

/** The account's in-app notifications: the bell's list, unread count, read marks and live stream. */
export const notificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { notificationsDelivery: delivery } = app.services;
  const hub = app.notificationEventHub;
  const tags = ['Notifications'];
  const config = { access: 'authenticated' as const };

  app.get(
    '/me/notifications',
    {
      config,
      schema: {
        tags,
        summary: 'In-app notifications, newest first, with the unread count',
        querystring: ZNotificationsQuery,
        response: { 200: ZInAppNotificationPage, 400: problemResponses[400], ...errors },
      },
    },
    async (request) => {
      const page = await delivery.listNotifications(principalOf(request), request.query);
      return { ...page, items: page.items.map(toNotificationDto) };
    },
  );

  app.get(
    '/me/notifications/unread-count',
    {
      config,
      schema: {
        tags,
        summary: 'How many notifications are unread',
        response: { 200: ZUnreadCount, ...errors },
      },
    },
    async (request) => ({ unread: await delivery.countUnreadNotifications(principalOf(request)) }),
  );

  app.post(
    '/me/notifications/:id/read',
    {
      config,
      schema: {
        tags,
        summary: 'Mark one notification read',
        params: ZIdParams,
        response: { 204: z.null(), 404: problemResponses[404], ...errors },
      },
    },
    async (request, reply) => {
      await delivery.markNotificationRead(principalOf(request), { id: request.params.id });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/me/notifications/read-all',
    {
      config,
      schema: { tags, summary: 'Mark every notification read', response: { 200: ZMarkedRead, ...errors } },
    },
    async (request) => ({ marked: await delivery.markAllNotificationsRead(principalOf(request)) }),
  );

  app.get(
    '/me/notifications/events',
    {
      config,
      schema: {
        tags,
        summary: 'Server-sent events: `event: notification` with `{ id }` when a notification arrives',
        description:
          'A `text/event-stream` (send `Accept: text/event-stream`). `event: notification` carries the new ' +
          "notification's id (fetch the list or the count); `event: prescription.status` carries " +
          '`{ prescriptionId, status }` when a prescription of which the account is the author or the patient ' +
          'moves (never the medicine); `event: resync` means events may have been missed. ' +
          'Notifications come through PostgreSQL NOTIFY, so a worker in any process reaches every open page. ' +
          'At most SSE_MAX_PER_ACCOUNT streams per account and SSE_MAX_PER_ADDRESS per address (429 ' +
          '`TOO_MANY_STREAMS`); the stream ends when its session ends (logout, expiry).',
        response: {
          200: z.string().describe('text/event-stream'),
          406: ZProblem.describe('The client does not accept text/event-stream'),
          429: ZProblem.describe('This address or account already has as many open streams as it may'),
          503: ZProblem.describe('Too many open streams in this process, or no database listener'),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      if (!acceptsEventStream(request.headers.accept)) return refuseNonEventStream(request, reply);
      const busy = (code: string) => {
        reply.header('retry-after', String(RETRY_AFTER_SECONDS));
        return sendProblem(reply, request, {
          status: 503,
          code,
          detail: 'Уведомления в реальном времени временно недоступны. Обновите страницу через минуту.',
        });
      };
      const { accountId, sessionId } = principalOf(request);
      return openEventStream(request, reply, hub, { accountId, sessionId }, (reason) => {
        if (reason === 'address' || reason === 'account') return refuseTooManyStreams(request, reply);
        return busy(reason === 'full' ? 'OVERLOADED' : 'LIVE_UNAVAILABLE');
      });
    },
  );
};
