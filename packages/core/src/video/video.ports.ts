import type { AccessDeps } from '../access';
import type { Clock } from '../shared';
import type { IceServer, VideoAppointment, VideoRoomState, VideoSignal } from './video.types';

/** The appointments seen as rooms, and the rooms' state. */
export interface VideoRoomsRepository {
  findAppointment(appointmentId: string): Promise<VideoAppointment | null>;
  roomState(appointmentId: string): Promise<VideoRoomState>;
  /** Sets the admission time (the first one stays). */
  admit(appointmentId: string, at: Date): Promise<void>;
  /** Marks the visit as held by phone (the first time stays). */
  switchToPhone(appointmentId: string, at: Date): Promise<void>;
  /**
   * Attaches the caller's own unattached upload to the room (`video_room`, the appointment id); its type
   * and size, or null when the upload is unknown, someone else's or already attached.
   */
  attachFile(input: {
    uploadId: string;
    ownerAccountId: string;
    appointmentId: string;
    at: Date;
  }): Promise<{ contentType: string; size: number } | null>;
}

/** The signalling channel: a message published reaches the room's streams in every API process. */
export interface VideoSignals {
  /** False when the message is too large for the channel (it was not sent). */
  publish(signal: VideoSignal): Promise<boolean>;
}

/** What the video visits' use cases need. */
export interface VideoDeps {
  rooms: VideoRoomsRepository;
  signals: VideoSignals;
  access: AccessDeps;
  clock: Clock;
  /** STUN/TURN servers handed to the browsers (`VIDEO_ICE_SERVERS`). */
  iceServers: readonly IceServer[];
}
