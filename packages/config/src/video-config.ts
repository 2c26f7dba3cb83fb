import { z } from 'zod';
import { blankAsUndefined } from './env-values';

/** An RTCIceServer (STUN or TURN) as the browsers take it. */
const ZIceServer = z.object({
  urls: z.union([
    z.string().regex(/^(stun|stuns|turn|turns):/),
    z.array(z.string().regex(/^(stun|stuns|turn|turns):/)).min(1),
  ]),
  username: z.string().optional(),
  credential: z.string().optional(),
});

/**
 * `VIDEO_ICE_SERVERS`: a JSON array of RTCIceServer (`[{"urls":"stun:stun.example.ru:3478"},
 * {"urls":"turn:turn.example.ru:3478","username":"talon","credential":"…"}]`). Empty: none — two browsers
 * on one machine or one network still connect; production needs a TURN server (docs/video-visits.md).
 */
const ZIceServers = z.preprocess((value) => {
  const text = blankAsUndefined(value);
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}, z.array(ZIceServer).default([]));

/** The video visits' variables (docs/video-visits.md), spread into the environment's schema. */
export const videoEnvShape = { VIDEO_ICE_SERVERS: ZIceServers };

/** Video visits: the STUN/TURN servers handed to the browsers of a room. */
export type VideoConfig = Readonly<{ iceServers: readonly z.infer<typeof ZIceServer>[] }>;

export const videoConfig = (e: { VIDEO_ICE_SERVERS: z.infer<typeof ZIceServer>[] }): VideoConfig =>
  Object.freeze({ iceServers: Object.freeze([...e.VIDEO_ICE_SERVERS]) });
