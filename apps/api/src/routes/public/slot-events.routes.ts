import { problemResponses, ZProblem, ZSlotEventsQuery, z } from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  acceptsEventStream,
  openEventStream,
  refuseNonEventStream,
  refuseTooManyStreams,
} from '../../live/event-stream';
import { sendProblem } from '../../plugins/problem-details/send-problem';

/** When the process is full, a page should not hammer it: streams free up as people leave pages. */
const FULL_RETRY_AFTER_SECONDS = 30;

/** Live availability for open pages: which slots were just taken and which were freed (issue 4, item 10). */
export const slotEventsRoutes: FastifyPluginAsyncZod = async (app) => {
  const hub = app.slotEventHub;

  app.get(
    '/slots/events',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Slots'],
        summary:
          'Server-sent events: slots taken and freed, filtered by region, specialty, clinic, practitioner',
        description:
          'A `text/event-stream` (send `Accept: text/event-stream`, as EventSource does). `event: slot` carries a ' +
          'SlotEvent as JSON; `event: resync` means events may have been missed, so refetch; a comment line ' +
          'every 15 s keeps the stream open. Events come from the database, so every server process sees every ' +
          'change. Nothing is replayed on reconnect: refetch the slots after reconnecting.',
        querystring: ZSlotEventsQuery,
        response: {
          200: z.string().describe('text/event-stream'),
          400: problemResponses[400],
          406: ZProblem.describe('The client does not accept text/event-stream'),
          429: ZProblem.describe(
            'This address already has SSE_MAX_PER_ADDRESS open streams (TOO_MANY_STREAMS)',
          ),
          503: ZProblem.describe(
            'This server process already serves as many streams as it may (OVERLOADED), or cannot listen to the database (LIVE_UNAVAILABLE)',
          ),
        },
      },
    },
    async (request, reply) => {
      if (!acceptsEventStream(request.headers.accept)) return refuseNonEventStream(request, reply);
      const busy = () => {
        reply.header('retry-after', String(FULL_RETRY_AFTER_SECONDS));
        return sendProblem(reply, request, {
          status: 503,
          code: 'OVERLOADED',
          detail: 'Сейчас слишком много открытых страниц с расписанием. Обновите страницу через минуту.',
        });
      };
      const { query } = request;
      const filter = {
        regionCode: query.region,
        specialtyCode: query.specialty,
        organizationId: query.organization,
        practitionerId: query.practitioner,
      };
      return openEventStream(request, reply, hub, { filter }, (reason) => {
        if (reason === 'full') return busy();
        if (reason === 'address' || reason === 'account') return refuseTooManyStreams(request, reply);
        reply.header('retry-after', String(FULL_RETRY_AFTER_SECONDS));
        return sendProblem(reply, request, {
          status: 503,
          code: 'LIVE_UNAVAILABLE',
          detail:
            'Обновления расписания в реальном времени временно недоступны. Обновите страницу через минуту.',
        });
      });
    },
  );
};
