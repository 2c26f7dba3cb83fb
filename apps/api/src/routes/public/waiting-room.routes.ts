import {
  problemResponses,
  ZJoinWaitingRoomRequest,
  ZProblem,
  ZWaitingRoomPlace,
  ZWaitingRoomTokenParams,
  z,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  acceptsEventStream,
  openEventStream,
  refuseNonEventStream,
  refuseTooManyStreams,
} from '../../live/event-stream';
import { sendProblem } from '../../plugins/problem-details/send-problem';
import { gistOf, waitingPlaceMessage } from '../../waiting-room/waiting-room-hub';
import { noStore, overloaded, rateLimited } from '../route-preamble';
import { presentWaitingPlace } from './waiting-room.presenter';

/**
 * Joins per address without an account a minute: a person rejoins on a reload, a tab, a lapse. A signed-in
 * caller is not counted: the database keeps one place per account however often it joins, and at 8:00 the
 * count was a statement more per join.
 */
const JOIN_RATE_LIMIT = { name: 'waiting-room-join', max: 20, windowSeconds: 60, anonymousOnly: true };

/** When the process is full, a page should not hammer it: streams free up as people leave pages. */
const FULL_RETRY_AFTER_SECONDS = 30;

const notFound = ZProblem.describe('Unknown, forged or lapsed token (WAITING_ROOM_PLACE_NOT_FOUND)');

const description =
  'The fair virtual waiting room of the booking path (docs/waiting-room.md). While the booking path is past ' +
  'its capacity, `GET /slots`, `GET /slots/calendar`, `POST /slots/{id}/hold` and `POST /appointments` answer ' +
  '503 `WAITING_ROOM` with `Retry-After` and `Talon-Waiting-Room: active` unless the request carries ' +
  '`Talon-Queue-Token` of an admitted place. Places are admitted strictly in arrival order at the rate the ' +
  'system sustains; one place per account and per device (joining again returns the same place); a place ' +
  'is kept while it is read at least every 2 minutes; an admission lasts 10 minutes. Joins without an ' +
  'account are limited to 20 a minute per client address (429 `RATE_LIMITED`); a signed-in caller is not ' +
  'counted. Staff sessions (tokens marked `st.`) are not queued.';

/** The waiting room's public routes (issue 16, item 4): join, read one's place, follow it live. */
export const waitingRoomRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['Waiting room'];
  noStore(app);

  app.post(
    '/waiting-room',
    {
      // One place per account or device is kept by the database; the limit stops one address (no account)
      // stuffing the queue with places of made-up devices.
      config: { access: 'optional', rateLimit: JOIN_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Take a place in the waiting room (or get back the place this device or account holds)',
        description,
        body: ZJoinWaitingRoomRequest,
        response: { 200: ZWaitingRoomPlace, 400: problemResponses[400], ...rateLimited, ...overloaded },
      },
    },
    (request) => app.waitingRoom.join(request.principal, request.body),
  );

  app.get(
    '/waiting-room/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'My place: position, estimated wait, admission (reading it keeps the place)',
        description,
        params: ZWaitingRoomTokenParams,
        response: { 200: ZWaitingRoomPlace, 400: problemResponses[400], 404: notFound, ...overloaded },
      },
    },
    async (request) => presentWaitingPlace(await app.waitingRoom.view(request.params.token)),
  );

  app.get(
    '/waiting-room/:token/events',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Server-sent events: my position while waiting, then my admission',
        description:
          'A `text/event-stream` (send `Accept: text/event-stream`). `event: position` carries a ' +
          'WaitingRoomPlace whenever the position or status changes, and at least every few seconds while ' +
          'waiting; `event: admitted` carries it once admitted. An open stream keeps the place. Works across ' +
          'server processes (the queue lives in PostgreSQL).',
        params: ZWaitingRoomTokenParams,
        response: {
          200: z.string().describe('text/event-stream'),
          400: problemResponses[400],
          404: notFound,
          406: ZProblem.describe('The client does not accept text/event-stream'),
          429: ZProblem.describe('This address already has its share of open streams (TOO_MANY_STREAMS)'),
          503: ZProblem.describe('This process serves as many streams as it may (OVERLOADED)'),
        },
      },
    },
    async (request, reply) => {
      if (!acceptsEventStream(request.headers.accept)) return refuseNonEventStream(request, reply);
      // The place is read first (404 before a stream opens); it is the stream's first message.
      const { token } = request.params;
      const place = await app.waitingRoom.view(token);
      const first = waitingPlaceMessage(place);
      const refused = await openEventStream(
        request,
        reply,
        app.waitingRoom.hub,
        { token, lastSent: gistOf(place), lastSentAt: Date.now() },
        (reason) => {
          if (reason === 'address' || reason === 'account') return refuseTooManyStreams(request, reply);
          reply.header('retry-after', String(FULL_RETRY_AFTER_SECONDS));
          return sendProblem(reply, request, {
            status: 503,
            code: 'OVERLOADED',
            detail: 'Сейчас слишком много открытых страниц очереди. Обновите страницу через минуту.',
          });
        },
      );
      if (refused !== undefined) return refused;
      reply.raw.write(first);
      return reply;
    },
  );
};
