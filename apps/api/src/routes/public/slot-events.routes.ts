import type { OutgoingHttpHeaders } from 'node:http';
import { problemResponses, ZProblem, ZSlotEventsQuery, z } from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HubFullError } from '../../live/slot-event-hub';
import { sendProblem } from '../../plugins/problem-details/send-problem';

/** A client that falls this far behind (bytes not yet sent) is cut off rather than buffered without bound. */
const MAX_BUFFERED_BYTES = 256 * 1024;
/** How long an EventSource waits before reconnecting after the stream ends (SSE `retry:` field). */
const RECONNECT_MS = 5_000;
/** When the process is full, a page should not hammer it: streams free up as people leave pages. */
const FULL_RETRY_AFTER_SECONDS = 30;

const acceptsEventStream = (accept: string | undefined) =>
  typeof accept === 'string' && /(^|,)\s*text\/event-stream\s*(;|,|$)/i.test(accept);

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
          503: ZProblem.describe(
            'This server process already serves as many streams as it may (OVERLOADED), or cannot listen to the database (LIVE_UNAVAILABLE)',
          ),
        },
      },
    },
    async (request, reply) => {
      if (!acceptsEventStream(request.headers.accept)) {
        return sendProblem(reply, request, {
          status: 406,
          code: 'NOT_ACCEPTABLE',
          detail:
            'Это поток событий: запросите его с заголовком Accept: text/event-stream (например, через EventSource).',
        });
      }
      const busy = () => {
        reply.header('retry-after', String(FULL_RETRY_AFTER_SECONDS));
        return sendProblem(reply, request, {
          status: 503,
          code: 'OVERLOADED',
          detail: 'Сейчас слишком много открытых страниц с расписанием. Обновите страницу через минуту.',
        });
      };
      if (hub.isFull) return busy();
      try {
        await hub.ready();
      } catch (error) {
        // The database cannot be listened to right now: the page still works, only without live updates.
        request.log.warn({ err: error }, 'slot events unavailable');
        reply.header('retry-after', String(FULL_RETRY_AFTER_SECONDS));
        return sendProblem(reply, request, {
          status: 503,
          code: 'LIVE_UNAVAILABLE',
          detail:
            'Обновления расписания в реальном времени временно недоступны. Обновите страницу через минуту.',
        });
      }

      const { query } = request;
      const raw = reply.raw;
      let remove: () => void;
      try {
        remove = hub.add({
          filter: {
            regionCode: query.region,
            specialtyCode: query.specialty,
            organizationId: query.organization,
            practitionerId: query.practitioner,
          },
          write: (chunk) => {
            if (raw.writableLength > MAX_BUFFERED_BYTES) {
              remove();
              raw.end();
              return;
            }
            raw.write(chunk);
          },
          end: () => raw.end(),
        });
      } catch (error) {
        if (error instanceof HubFullError) return busy();
        throw error;
      }
      request.raw.on('close', () => remove());

      // From here the stream is ours: headers set so far (request id, security headers) go out with it.
      reply.hijack();
      raw.writeHead(200, {
        ...(reply.getHeaders() as OutgoingHttpHeaders),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        // nginx and similar proxies would otherwise buffer the stream.
        'x-accel-buffering': 'no',
      });
      raw.write(`retry: ${RECONNECT_MS}\n: connected\n\n`);
    },
  );
};
