import { problemResponses, z } from '@talon/contracts';
import type { Clock } from '@talon/core/shared';
import { startDemoVideoVisitNow } from '@talon/db/seed';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/**
 * Demo mode only: makes a booked visit a video visit that starts now, so its room opens at once (the clinic's
 * minimum notice keeps any booking at least an hour ahead, and the room opens 15 minutes before the start). For
 * people trying the demo and the browser test `[PATIENT][VIDEO]`. Registered by app.ts beside the
 * development sink; never in production.
 */
export const devVideoRoutes: FastifyPluginAsyncZod<{ clock: Clock }> = async (app, { clock }) => {
  app.post(
    '/api/v1/dev/appointments/:id/start-video-now',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Dev'],
        summary: 'Make a booked visit a video visit starting now (demo mode only)',
        params: z.object({ id: z.uuid() }),
        response: {
          200: z.object({ moved: z.boolean().describe('False when the visit is not booked or confirmed') }),
          400: problemResponses[400],
        },
      },
    },
    async (request) => ({
      moved: await startDemoVideoVisitNow(app.database.db, request.params.id, clock.now()),
    }),
  );
};
