import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { auditJoin, enterRoom } from './enter-room';
import { VideoErrorCode } from './video.errors';
import type { VideoDeps } from './video.ports';
import type { VideoParticipant, VideoRoomView, VideoSignalBody } from './video.types';

interface RoomInput {
  appointmentId: string;
  origin: RequestOrigin;
}

/**
 * Joins the room: its state, the caller's side, the ICE servers. Every join is audited (the patient's own
 * too, so the trail shows when the visit took place and who was in it).
 */
export async function joinRoom(
  deps: VideoDeps,
  principal: Principal,
  input: RoomInput,
): Promise<VideoRoomView> {
  const entry = await enterRoom(deps, principal, input);
  await auditJoin(deps, principal, entry, input.origin);
  const state = await deps.rooms.roomState(input.appointmentId);
  const { appointment } = entry;
  return {
    appointmentId: appointment.appointmentId,
    patientId: appointment.patientId,
    role: entry.role,
    state: state.phoneAt ? 'phone' : state.admittedAt ? 'admitted' : 'waiting',
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    clinicPhone: appointment.clinicPhone,
    iceServers: deps.iceServers,
  };
}

/** The caller's side in an open room (for its event stream); "not found" for anyone else. */
export async function roomParticipant(
  deps: VideoDeps,
  principal: Principal,
  input: RoomInput,
): Promise<VideoParticipant> {
  return (await enterRoom(deps, principal, input)).role;
}

/**
 * Sends a signalling message to the other side. Only the two participants may send: anyone else, or a
 * closed room, is "not found". The body is passed on as it is; nothing is stored (chat is not kept).
 */
export async function sendSignal(
  deps: VideoDeps,
  principal: Principal,
  input: RoomInput & { body: VideoSignalBody },
): Promise<void> {
  const { role } = await enterRoom(deps, principal, input);
  const sent = await deps.signals.publish({
    appointmentId: input.appointmentId,
    from: role,
    body: input.body,
  });
  if (!sent) throw new DomainError(VideoErrorCode.VIDEO_SIGNAL_TOO_LARGE);
}

/** The practitioner lets the waiting patient in; the patient's page hears `admit` and starts the call. */
export async function admitPatient(deps: VideoDeps, principal: Principal, input: RoomInput): Promise<void> {
  const { role } = await enterRoom(deps, principal, input);
  if (role !== 'practitioner') throw new DomainError(VideoErrorCode.VIDEO_ADMIT_PRACTITIONER_ONLY);
  await deps.rooms.admit(input.appointmentId, deps.clock.now());
  await deps.signals.publish({ appointmentId: input.appointmentId, from: 'system', body: { kind: 'admit' } });
}

/**
 * The call failed (ICE failed, no camera): either side marks the visit as held by phone; the other side
 * hears `phone` (the doctor calls the patient's phone).
 */
export async function switchToPhone(deps: VideoDeps, principal: Principal, input: RoomInput): Promise<void> {
  await enterRoom(deps, principal, input);
  await deps.rooms.switchToPhone(input.appointmentId, deps.clock.now());
  await deps.signals.publish({ appointmentId: input.appointmentId, from: 'system', body: { kind: 'phone' } });
}
