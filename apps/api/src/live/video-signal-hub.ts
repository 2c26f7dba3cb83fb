import type { VideoParticipant, VideoSignal } from '@talon/core/video';
import type { VideoSignalSource } from '@talon/db';
import { EventHub, type EventHubLimits, type EventSink, type SessionCheck } from './event-hub';

/** One open room page: the appointment, which side it is, and its account and session. */
export interface VideoSink extends EventSink {
  appointmentId: string;
  role: VideoParticipant;
  accountId: string;
  sessionId: string;
}

/**
 * The open video rooms of this process (docs/video-visits.md): a signal published by any process goes, as
 * `event: <kind>` with `{ from, …body }`, to the streams of its room on the other side; the room's own
 * announcements (`admit`, `phone`) go to both sides. A message never comes back to its sender's side.
 */
export class VideoSignalHub extends EventHub<VideoSignal, VideoSink> {
  constructor(
    openSource: () => Promise<VideoSignalSource>,
    limits: EventHubLimits,
    sessionCheck?: SessionCheck,
  ) {
    super(
      openSource,
      limits,
      {
        name: (signal) => signal.body.kind,
        matches: (sink, signal) => sink.appointmentId === signal.appointmentId && sink.role !== signal.from,
        data: (signal) => ({ from: signal.from, ...signal.body }),
      },
      sessionCheck,
    );
  }
}
