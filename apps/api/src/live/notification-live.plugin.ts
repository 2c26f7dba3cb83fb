import { openNotificationEventSource } from '@talon/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { EventHubLimits } from './event-hub';
import { NotificationEventHub } from './notification-event-hub';

/** Live in-app notifications (docs/domain.md §4 Real-time): one hub per process fed by PostgreSQL NOTIFY. */
async function notificationLive(app: FastifyInstance, options: EventHubLimits) {
  const hub = new NotificationEventHub(
    () =>
      openNotificationEventSource(app.database, {
        onError: (error) => app.log.warn({ err: error }, 'notification events listener error'),
      }),
    options,
    // A bell stays open only while its session lives (issue 15, item 11).
    (sessionIds) => app.services.identity.liveSessions(null, { sessionIds }),
  );
  app.decorate('notificationEventHub', hub);
  app.addHook('preClose', async () => hub.endAll());
  app.addHook('onClose', async () => hub.close());
}

export default fp(notificationLive, { name: 'notification-live' });

declare module 'fastify' {
  interface FastifyInstance {
    notificationEventHub: NotificationEventHub;
  }
}
