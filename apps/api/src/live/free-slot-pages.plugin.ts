import type { FreeSlotPageCache } from '@talon/core/slot-search';
import { openSlotEventSource } from '@talon/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Feeds the free-slot list's shared pages with the slot events (docs/booking-search.md «Shared pages»): a
 * LISTEN of its own for this process. Pages are shared only while events are heard; after a lost connection
 * every page is forgotten (NOTIFY keeps no history). Without the listener the search is simply uncached.
 */
async function freeSlotPages(app: FastifyInstance, options: { cache: FreeSlotPageCache }) {
  const { cache } = options;
  try {
    const source = await openSlotEventSource(app.database, {
      onError: (error) => app.log.warn({ err: error }, 'slot events listener error (shared pages)'),
    });
    source.subscribe((event) => cache.onSlotChange(event));
    source.onGap(() => {
      cache.connected(false);
      cache.connected(true);
    });
    cache.connected(true);
    app.addHook('onClose', async () => {
      cache.connected(false);
      await source.close();
    });
  } catch (error) {
    app.log.warn({ err: error }, 'slot events are not heard: the free-slot list is not shared');
  }
}

export default fp(freeSlotPages, { name: 'free-slot-pages' });
