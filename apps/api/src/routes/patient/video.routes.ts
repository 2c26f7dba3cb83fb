import {
  problemResponses,
  ZProblem,
  ZVideoFileMessage,
  ZVideoFileShare,
  ZVideoRoom,
  ZVideoRoomParams,
  ZVideoSignal,
  z,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  acceptsEventStream,
  openEventStream,
  refuseNonEventStream,
  refuseTooManyStreams,
} from '../../live/event-stream';
import { originOf } from '../../plugins/auth/auth.plugin';
import { sendProblem } from '../../plugins/problem-details/send-problem';
import { accessRefusals, noStore, principalOf } from '../route-preamble';

/** When the process is full, a page should not hammer it: streams free up as people leave pages. */
const RETRY_AFTER_SECONDS = 30;

const refusals = {
  ...accessRefusals('Not signed in, or CSRF token missing'),
  404: problemResponses[404].describe(
    'No such video visit for the caller, or its room is closed (opens 15 minutes before the start, closes when the visit is finished)',
  ),
};

/**
 * The room of a video visit (issue 17 item 1, docs/video-visits.md). Any signed-in caller may ask; the use
 * cases let in only the appointment's patient (or their representative) and its practitioner, only while
 * the room is open, and answer everyone else "not found". Media never passes through here: these routes carry
 * the WebRTC signalling (session descriptions and candidates) and the chat between the two browsers.
 */
export const videoRoutes: FastifyPluginAsyncZod = async (app) => {
  const { video } = app.services;
  const hub = app.videoSignalHub;
  const tags = ['Video visits'];
  const config = { access: 'authenticated' as const };
  noStore(app);

  app.get(
    '/visits/:appointmentId/room',
    {
      config,
      schema: {
        tags,
        summary: 'Join the room of a video visit: its state, your side, the ICE servers (audited)',
        params: ZVideoRoomParams,
        response: { 200: ZVideoRoom, ...refusals },
      },
    },
    async (request) => {
      const room = await video.join(principalOf(request), {
        appointmentId: request.params.appointmentId,
        origin: originOf(request),
      });
      return {
        ...room,
        startsAt: room.startsAt.toISOString(),
        endsAt: room.endsAt.toISOString(),
        iceServers: [...room.iceServers],
      };
    },
  );

  app.get(
    '/visits/:appointmentId/room/events',
    {
      config,
      schema: {
        tags,
        summary: "Server-sent events of the room: the other side's signals and chat",
        description:
          'A `text/event-stream` (send `Accept: text/event-stream`). Events: `offer`, `answer` (`{ from, sdp }`), ' +
          '`ice` (`{ from, candidate, sdpMid, sdpMLineIndex }`), `chat` (`{ from, text }`), `file` ' +
          '(`{ from, uploadId, name, contentType, size }`: read it at `/uploads/{uploadId}`), `leave`, and the ' +
          "room's own `admit` (the practitioner let the patient in) and `phone` (the visit became a phone call). " +
          'Signals come through PostgreSQL NOTIFY, so the two sides may be served by different processes; ' +
          'nothing is replayed (`event: resync` after a lost database connection: restart the call).',
        params: ZVideoRoomParams,
        response: {
          200: z.string().describe('text/event-stream'),
          406: ZProblem.describe('The client does not accept text/event-stream'),
          429: ZProblem.describe('This address or account already has as many open streams as it may'),
          503: ZProblem.describe('Too many open streams in this process, or no database listener'),
          ...refusals,
        },
      },
    },
    async (request, reply) => {
      if (!acceptsEventStream(request.headers.accept)) return refuseNonEventStream(request, reply);
      const principal = principalOf(request);
      const { appointmentId } = request.params;
      const role = await video.participant(principal, { appointmentId, origin: originOf(request) });
      const subscriber = {
        appointmentId,
        role,
        accountId: principal.accountId,
        sessionId: principal.sessionId,
      };
      return openEventStream(request, reply, hub, subscriber, (reason) => {
        if (reason === 'address' || reason === 'account') return refuseTooManyStreams(request, reply);
        reply.header('retry-after', String(RETRY_AFTER_SECONDS));
        return sendProblem(reply, request, {
          status: 503,
          code: reason === 'full' ? 'OVERLOADED' : 'LIVE_UNAVAILABLE',
          detail: 'Связь с комнатой видеоприёма временно недоступна. Обновите страницу через минуту.',
        });
      });
    },
  );

  app.post(
    '/visits/:appointmentId/room/signal',
    {
      config,
      schema: {
        tags,
        summary: 'Send a WebRTC offer, answer or ICE candidate, a chat message, or leave — to the other side',
        params: ZVideoRoomParams,
        body: ZVideoSignal,
        response: { 204: z.null(), ...refusals },
      },
    },
    async (request, reply) => {
      await video.signal(principalOf(request), {
        appointmentId: request.params.appointmentId,
        origin: originOf(request),
        body: request.body,
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/visits/:appointmentId/room/files',
    {
      config,
      schema: {
        tags,
        summary:
          'Share a file in the room: attach your upload to the visit and send its link to the other side',
        description:
          'The upload (`POST /uploads`) must be your own and not attached to anything. Once shared, the ' +
          "visit's two sides read it at `GET /uploads/{id}` (audited); the other side hears a `file` event.",
        params: ZVideoRoomParams,
        body: ZVideoFileShare,
        response: {
          201: ZVideoFileMessage,
          ...refusals,
          422: ZProblem.describe('VIDEO_FILE_INVALID: not your unattached upload'),
        },
      },
    },
    async (request, reply) => {
      const message = await video.shareFile(principalOf(request), {
        appointmentId: request.params.appointmentId,
        origin: originOf(request),
        uploadId: request.body.uploadId,
        name: request.body.name ?? null,
      });
      return reply.status(201).send(message);
    },
  );

  app.post(
    '/visits/:appointmentId/room/admit',
    {
      config,
      schema: {
        tags,
        summary: 'The practitioner admits the waiting patient',
        params: ZVideoRoomParams,
        response: {
          204: z.null(),
          ...refusals,
          403: ZProblem.describe('Not signed in as the visit practitioner, or CSRF token missing'),
        },
      },
    },
    async (request, reply) => {
      await video.admit(principalOf(request), {
        appointmentId: request.params.appointmentId,
        origin: originOf(request),
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/visits/:appointmentId/room/phone',
    {
      config,
      schema: {
        tags,
        summary: 'The call failed: hold the visit by phone instead (the other side is told)',
        params: ZVideoRoomParams,
        response: { 204: z.null(), ...refusals },
      },
    },
    async (request, reply) => {
      await video.switchToPhone(principalOf(request), {
        appointmentId: request.params.appointmentId,
        origin: originOf(request),
      });
      return reply.status(204).send(null);
    },
  );
};
