import { z } from './zod';

/** `/api/v1/visits/{appointmentId}/room…`: the appointment whose room is meant. */
export const ZVideoRoomParams = z.object({
  appointmentId: z.uuid({ message: 'Ожидается идентификатор приёма (UUID)' }),
});

/** An RTCIceServer (STUN or TURN) of the configuration (`VIDEO_ICE_SERVERS`). */
const ZIceServer = z.object({
  urls: z.union([z.string(), z.array(z.string())]),
  username: z.string().optional(),
  credential: z.string().optional(),
});

/** `GET /api/v1/visits/{appointmentId}/room`: joining the room (audited). */
export const ZVideoRoom = z
  .object({
    appointmentId: z.uuid(),
    patientId: z
      .uuid()
      .describe("The visit's patient (the practitioner opens their visit record beside the call)"),
    role: z.enum(['patient', 'practitioner']).describe("The caller's side"),
    state: z
      .enum(['waiting', 'admitted', 'phone'])
      .describe(
        'waiting: the patient is in the waiting room; admitted: the call may start; phone: switched to a phone call',
      ),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    clinicPhone: z.string().nullable().describe("The clinic's phone, offered when the call fails"),
    iceServers: z.array(ZIceServer).describe('RTCPeerConnection iceServers (empty: host candidates only)'),
  })
  .describe('A video visit room (docs/video-visits.md)');

/** Longest session description accepted (a browser's offer is a few kilobytes). */
const SDP_MAX = 16_000;
/** Longest chat message, in characters. */
export const VIDEO_CHAT_MAX_LENGTH = 2000;

/**
 * `POST /api/v1/visits/{appointmentId}/room/signal`: a message to the other participant — `ready` (this page
 * listens and has its camera: the practitioner answers with an offer, the patient with `ready`), a WebRTC offer or
 * answer, an ICE candidate, a chat line (shown, not kept), or leaving. Delivered on the room's event stream as
 * `event: <kind>` with `{ from, …body }`.
 */
export const ZVideoSignal = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('offer'), sdp: z.string().min(1).max(SDP_MAX) }),
  z.object({ kind: z.literal('answer'), sdp: z.string().min(1).max(SDP_MAX) }),
  z.object({
    kind: z.literal('ice'),
    candidate: z.string().max(1000),
    sdpMid: z.string().max(64).nullable(),
    sdpMLineIndex: z.number().int().min(0).max(255).nullable(),
  }),
  z.object({
    kind: z.literal('chat'),
    text: z
      .string()
      .trim()
      .min(1, { message: 'Введите сообщение' })
      .max(VIDEO_CHAT_MAX_LENGTH, { message: `Сообщение длиннее ${VIDEO_CHAT_MAX_LENGTH} символов` }),
  }),
  z.object({ kind: z.literal('ready') }),
  z.object({ kind: z.literal('leave') }),
]);
export type TVideoSignal = z.infer<typeof ZVideoSignal>;

/** A file to share in the room: the caller's own upload (`POST /uploads`), not yet attached to anything. */
export const ZVideoFileShare = z.object({
  uploadId: z.uuid().describe('The id `POST /uploads` answered'),
  name: z.string().trim().max(200).optional().describe('The file name shown in the chat'),
});
export type TVideoFileShare = z.infer<typeof ZVideoFileShare>;

/** The `file` message both sides show in the chat: a link to `GET /uploads/{uploadId}`. */
export const ZVideoFileMessage = z.object({
  kind: z.literal('file'),
  uploadId: z.uuid(),
  name: z.string().nullable(),
  contentType: z.string(),
  size: z.number().int(),
});
export type TVideoFileMessage = z.infer<typeof ZVideoFileMessage>;
