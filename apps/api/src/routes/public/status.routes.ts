import type { TPublicStatus } from '@talon/contracts';
import { problemResponses, ZProblem, ZPublicStatus } from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { StatusCache } from '../../status/status-cache';

/** How long one computed status is served from memory: a crowd refreshing costs one computation per process. */
export const STATUS_CACHE_SECONDS = 5;

/**
 * Per client address: a page refreshing every 30 s is far below; fails open, so the page still answers while
 * the database (which keeps the counters) is down — exactly when people look at it.
 */
const rateLimit = { name: 'status', max: 60, windowSeconds: 60, failOpen: true };

/**
 * The public status page's data (issue 13 item 5; docs/status-page.md), no login, served from `cache`
 * (`STATUS_CACHE_SECONDS`).
 */
export const statusRoutes: FastifyPluginAsyncZod<{ cache: StatusCache<TPublicStatus> }> = async (
  app,
  { cache },
) => {
  app.get(
    '/status',
    {
      config: { access: 'public' as const, rateLimit },
      schema: {
        tags: ['Status'],
        summary: 'The state of each part of the service and the incidents, for the public status page',
        description:
          'Components: web app, API, booking, database, message delivery per channel, identity provider. ' +
          `Served from memory for ${STATUS_CACHE_SECONDS} s.`,
        response: { 200: ZPublicStatus, 429: ZProblem, ...problemResponses },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', `public, max-age=${STATUS_CACHE_SECONDS}`);
      return cache.get();
    },
  );
};
