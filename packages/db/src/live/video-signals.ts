import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { VideoSignal, VideoSignals } from '@talon/core/video';
import { sql } from 'drizzle-orm';
import type { Database, DatabaseHandle } from '../client';
import { type ChannelEventSource, openChannelEventSource } from './channel-event-source';

/** The NOTIFY channel of video rooms' signalling (docs/video-visits.md). */
export const VIDEO_SIGNALS_CHANNEL = 'video_signals';

/**
 * NOTIFY payloads must stay under 8000 bytes; a video offer's session description can come close. A payload
 * longer than this is sent deflated, in base64, behind `z:`.
 */
const PLAIN_PAYLOAD_MAX = 7000;
const NOTIFY_PAYLOAD_MAX = 7999;

export type VideoSignalSource = ChannelEventSource<VideoSignal>;

export function encodeVideoSignal(signal: VideoSignal): string {
  const json = JSON.stringify(signal);
  if (json.length <= PLAIN_PAYLOAD_MAX) return json;
  return `z:${deflateRawSync(Buffer.from(json, 'utf8')).toString('base64')}`;
}

/** The signal in a NOTIFY payload, or null for anything malformed. */
export function parseVideoSignal(payload: string): VideoSignal | null {
  try {
    const json = payload.startsWith('z:')
      ? inflateRawSync(Buffer.from(payload.slice(2), 'base64')).toString('utf8')
      : payload;
    const value = JSON.parse(json) as Partial<VideoSignal> | null;
    if (
      typeof value?.appointmentId !== 'string' ||
      typeof value.from !== 'string' ||
      typeof value.body?.kind !== 'string'
    ) {
      return null;
    }
    return value as VideoSignal;
  } catch {
    return null;
  }
}

/** Publishes signals with NOTIFY: every API process listening hears them, whichever received the POST. */
export function createVideoSignals(db: Database): VideoSignals {
  return {
    async publish(signal) {
      const payload = encodeVideoSignal(signal);
      // PostgreSQL refuses a payload of 8000 bytes or more (base64 is ASCII: characters are bytes).
      if (payload.length >= NOTIFY_PAYLOAD_MAX) return false;
      await db.execute(sql`select pg_notify(${VIDEO_SIGNALS_CHANNEL}, ${payload})`);
      return true;
    },
  };
}

/** One LISTEN per process for the video rooms' signals, fanned out in process. */
export const openVideoSignalSource = (
  handle: DatabaseHandle,
  options: { onError?: (error: unknown) => void } = {},
) => openChannelEventSource(handle, VIDEO_SIGNALS_CHANNEL, parseVideoSignal, options);
