import type { AppointmentStatus, VisitType } from '@talon/vocabulary';

/** What the room needs to know about an appointment. */
export interface VideoAppointment {
  appointmentId: string;
  patientId: string;
  practitionerId: string;
  organizationId: string;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  visitType: VisitType;
  /** The clinic's phone, offered when the call fails. */
  clinicPhone: string | null;
}

/** The room's stored state: when the practitioner admitted the patient, when the visit became a phone call. */
export interface VideoRoomState {
  admittedAt: Date | null;
  phoneAt: Date | null;
}

/** Who is in the room: the appointment's patient side (the patient or a representative) or its practitioner. */
export type VideoParticipant = 'patient' | 'practitioner';

/** The room as a participant sees it. */
export interface VideoRoomView {
  appointmentId: string;
  patientId: string;
  role: VideoParticipant;
  /** `waiting` until the practitioner admits; `phone` once either side switched the visit to a phone call. */
  state: 'waiting' | 'admitted' | 'phone';
  startsAt: Date;
  endsAt: Date;
  clinicPhone: string | null;
  iceServers: readonly IceServer[];
}

/** An RTCIceServer of the configuration (`VIDEO_ICE_SERVERS`). */
export interface IceServer {
  urls: string | string[];
  username?: string;
  credential?: string;
}

/**
 * A signalling message between the two participants. `ready`: this side's page listens and has its camera
 * (the practitioner answers it with an offer, the patient with `ready`); offers, answers and candidates are
 * WebRTC's session descriptions (never media); chat is text shown beside the video and not kept.
 */
export type VideoSignalBody =
  | { kind: 'offer' | 'answer'; sdp: string }
  | { kind: 'ice'; candidate: string; sdpMid: string | null; sdpMLineIndex: number | null }
  | { kind: 'chat'; text: string }
  | { kind: 'ready' | 'leave' };

/** A file shared in the room: an upload attached to the appointment, read through `GET /uploads/{id}`. */
export interface VideoFileMessage {
  kind: 'file';
  uploadId: string;
  name: string | null;
  contentType: string;
  size: number;
}

/** A message on its way: the room, who sent it (`system` for the room's own announcements), the body. */
export interface VideoSignal {
  appointmentId: string;
  from: VideoParticipant | 'system';
  body: VideoSignalBody | VideoFileMessage | { kind: 'admit' | 'phone' };
}
