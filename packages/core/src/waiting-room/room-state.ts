import type { WaitingRoomState } from './waiting-room.types';

/** The room gates the booking path while it is active or anyone still waits. */
export const isRoomGating = (state: Pick<WaitingRoomState, 'activeUntil' | 'waiting'>, now: Date) =>
  state.waiting > 0 || (state.activeUntil !== null && state.activeUntil.getTime() > now.getTime());

/** During a drill the rate is the drill's. */
export const isDrilling = (state: Pick<WaitingRoomState, 'drillUntil'>, now: Date) =>
  state.drillUntil !== null && state.drillUntil.getTime() > now.getTime();

/** A report of overload within the last second slows admissions down. */
export const isRecentlyOverloaded = (state: Pick<WaitingRoomState, 'lastOverloadAt'>, now: Date) =>
  state.lastOverloadAt !== null && now.getTime() - state.lastOverloadAt.getTime() < 1_000;

/**
 * A booking-path answer that says the process shed it (503 OVERLOADED: no database connection in time, the
 * event loop lagging), not the room's own refusal (503 WAITING_ROOM): admitted clients are failing, so the
 * room is past what the system sustains and admissions must slow down — it counts as a report of overload.
 */
export const isShedAnswer = (status: number, isWaitingRoomRefusal: boolean) =>
  status === 503 && !isWaitingRoomRefusal;

/** An admitted token passes the booking path until its admission ends. */
export const isAdmissionValid = (admittedUntil: Date | null, now: Date) =>
  admittedUntil !== null && admittedUntil.getTime() > now.getTime();
