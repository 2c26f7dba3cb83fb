import type { VideoAppointment } from './video.types';

/** The room opens this long before the visit's start (issue 17 item 1). */
export const ROOM_OPENS_BEFORE_MS = 15 * 60_000;
/**
 * A safety bound: a visit nobody marked finished closes its room this long after its planned end, so an
 * old link never opens a room.
 */
export const ROOM_CLOSES_AFTER_END_MS = 2 * 60 * 60_000;

/** Statuses of a visit that has not finished: the room may be open. */
const LIVE_STATUSES = new Set(['booked', 'confirmed', 'arrived']);

/**
 * Whether the video room of an appointment is open at `now`: a video visit, not finished (fulfilled,
 * cancelled, moved or a no-show close it), from 15 minutes before its start to at most two hours after its
 * planned end.
 */
export function isRoomOpen(appointment: VideoAppointment, now: Date): boolean {
  if (appointment.visitType !== 'video' || !LIVE_STATUSES.has(appointment.status)) return false;
  const t = now.getTime();
  return (
    t >= appointment.startsAt.getTime() - ROOM_OPENS_BEFORE_MS &&
    t <= appointment.endsAt.getTime() + ROOM_CLOSES_AFTER_END_MS
  );
}
