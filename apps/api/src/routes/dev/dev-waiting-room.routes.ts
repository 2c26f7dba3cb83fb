import { problemResponses, ZWaitingRoomDrillRequest, z } from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/**
 * Demo mode only: a rush on demand (docs/waiting-room.md «Drill»). The room is active for `durationSeconds`,
 * admits `admissionsPerSecond`, and `placesAhead` synthetic places are queued first. For the browser test and
 * the walk-through. Registered by app.ts beside the development sink; never in production.
 */
export const devWaitingRoomRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/dev/waiting-room/drill',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Dev'],
        summary: 'Activate the waiting room for a while with synthetic places ahead (demo mode only)',
        body: ZWaitingRoomDrillRequest,
        response: { 204: z.null(), 400: problemResponses[400] },
      },
    },
    async (request, reply) => {
      await app.waitingRoom.drill(request.body);
      return reply.code(204).send(null);
    },
  );
};
