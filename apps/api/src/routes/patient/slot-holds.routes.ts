import {
  problemResponses,
  ZHoldSlotRequest,
  ZIdParams,
  ZSlotHold,
  ZSlotTakenProblem,
  ZWaitingRoomProblem,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { originOf } from '../../plugins/auth/auth.plugin';
import { accessRefusals, principalOf, rateLimited } from '../route-preamble';

/** `POST /slots/{id}/hold`: keep a slot for 5 minutes while the patient confirms (issue 4, item 4). */
export const slotHoldsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/slots/:id/hold',
    {
      config: {
        access: { roles: ['patient', 'registrar', 'call_centre', 'doctor', 'nurse'] as const },
        rateLimit: 'booking',
        waitingRoom: true,
      },
      schema: {
        tags: ['Appointments'],
        summary: 'Hold a slot for 5 minutes (one hold per patient; a new one releases the previous)',
        params: ZIdParams,
        body: ZHoldSlotRequest.nullish(),
        response: {
          200: ZSlotHold,
          ...accessRefusals('Not allowed'),
          404: problemResponses[404],
          409: ZSlotTakenProblem.describe('Taken or refused by a booking rule'),
          ...rateLimited,
          503: ZWaitingRoomProblem,
        },
      },
    },
    async (request) => {
      const hold = await app.services.booking.hold(principalOf(request), {
        slotId: request.params.id,
        patientId: request.body?.patientId,
        origin: originOf(request),
      });
      return { slotId: hold.slotId, heldUntil: hold.heldUntil.toISOString() };
    },
  );
};
