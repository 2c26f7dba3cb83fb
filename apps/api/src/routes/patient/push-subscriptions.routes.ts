import {
  problemResponses,
  ZIdParams,
  ZProblem,
  ZPushSubscription,
  ZPushSubscriptionList,
  ZPushSubscriptionRequest,
  ZPushUnsubscribeQuery,
  ZVapidPublicKey,
  z,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { principalOf } from '../route-preamble';
import { toPushSubscriptionDto } from './notifications.presenter';

const errors = { 401: ZProblem.describe('Not logged in') };

/** Web Push: the application server key, and the account's browser subscriptions. */
export const pushSubscriptionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { notificationsDelivery: delivery } = app.services;
  const tags = ['Notifications'];
  const config = { access: 'authenticated' as const };

  app.get(
    '/push/vapid-public-key',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The VAPID public key for `pushManager.subscribe({ applicationServerKey })`',
        response: { 200: ZVapidPublicKey },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return { publicKey: await delivery.getVapidPublicKey(null) };
    },
  );

  app.get(
    '/me/push-subscriptions',
    {
      config,
      schema: {
        tags,
        summary: "The account's push subscriptions",
        response: { 200: ZPushSubscriptionList, ...errors },
      },
    },
    async (request) => ({
      items: (await delivery.listPushSubscriptions(principalOf(request))).map(toPushSubscriptionDto),
    }),
  );

  app.post(
    '/me/push-subscriptions',
    {
      config,
      schema: {
        tags,
        summary: "Keep this browser's push subscription (the same endpoint again updates it)",
        body: ZPushSubscriptionRequest,
        response: { 201: ZPushSubscription, 400: problemResponses[400], ...errors },
      },
    },
    async (request, reply) => {
      const stored = await delivery.subscribeToPush(principalOf(request), request.body);
      return reply.status(201).send(toPushSubscriptionDto(stored));
    },
  );

  app.delete(
    '/me/push-subscriptions/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Forget a push subscription by id',
        params: ZIdParams,
        response: { 204: z.null(), 404: problemResponses[404], ...errors },
      },
    },
    async (request, reply) => {
      await delivery.unsubscribeFromPush(principalOf(request), { id: request.params.id });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/me/push-subscriptions',
    {
      config,
      schema: {
        tags,
        summary: 'Forget a push subscription by its endpoint (what the browser knows)',
        querystring: ZPushUnsubscribeQuery,
        response: { 204: z.null(), 400: problemResponses[400], 404: problemResponses[404], ...errors },
      },
    },
    async (request, reply) => {
      await delivery.unsubscribeFromPush(principalOf(request), { endpoint: request.query.endpoint });
      return reply.status(204).send(null);
    },
  );
};
