import { openSlotEventSource } from '@talon/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { EventHubLimits } from './event-hub';
import { SlotEventHub } from './slot-event-hub';

/**
 * Live slot availability (docs/domain.md §4 Real-time): one hub per process, fed by PostgreSQL NOTIFY through a
 * dedicated listening connection (or PGlite's listener), which fans out across every server process.
 */
async function live(app: FastifyInstance, options: EventHubLimits) {
  const hub = new SlotEventHub(
    () =>
      openSlotEventSource(app.database, {
        onError: (error) => app.log.warn({ err: error }, 'slot events listener error'),
      }),
    options,
  );
  app.decorate('slotEventHub', hub);
  // Streams never end by themselves: end them before the server waits for open connections to finish.
  app.addHook('preClose', async () => hub.endAll());
  app.addHook('onClose', async () => hub.close());
}

export default fp(live, { name: 'live' });

declare module 'fastify' {
  interface FastifyInstance {
    slotEventHub: SlotEventHub;
  }
}
