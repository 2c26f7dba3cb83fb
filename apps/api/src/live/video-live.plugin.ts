import { openVideoSignalSource } from '@talon/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { EventHubLimits } from './event-hub';
import { VideoSignalHub } from './video-signal-hub';

/** Video rooms' signalling (docs/video-visits.md): one hub per process fed by PostgreSQL NOTIFY. */
async function videoLive(app: FastifyInstance, options: EventHubLimits) {
  const hub = new VideoSignalHub(
    () =>
      openVideoSignalSource(app.database, {
        onError: (error) => app.log.warn({ err: error }, 'video signals listener error'),
      }),
    options,
    // A room's stream stays open only while its session lives, as the bell's.
    (sessionIds) => app.services.identity.liveSessions(null, { sessionIds }),
  );
  app.decorate('videoSignalHub', hub);
  app.addHook('preClose', async () => hub.endAll());
  app.addHook('onClose', async () => hub.close());
}

export default fp(videoLive, { name: 'video-live' });

declare module 'fastify' {
  interface FastifyInstance {
    videoSignalHub: VideoSignalHub;
  }
}
