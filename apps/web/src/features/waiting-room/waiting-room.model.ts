/**
 * The waiting room's pure rules for the page (docs/web.md, «Waiting room»): how the estimated wait is said and
 * when a screen reader hears the position again.
 */

/** The estimated wait as a message: under a minute, about N minutes (rounded up), about N hours. */
export type WaitEstimate =
  | { key: 'waitingRoom.waitUnknown' }
  | { key: 'waitingRoom.waitUnderMinute' }
  | { key: 'waitingRoom.waitMinutes'; count: number }
  | { key: 'waitingRoom.waitHours'; count: number };

export function waitEstimate(seconds: number | null | undefined): WaitEstimate {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) {
    return { key: 'waitingRoom.waitUnknown' };
  }
  if (seconds < 60) return { key: 'waitingRoom.waitUnderMinute' };
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return { key: 'waitingRoom.waitMinutes', count: minutes };
  return { key: 'waitingRoom.waitHours', count: Math.round(minutes / 60) };
}

/** What the screen reader last heard: the position, and when. */
export interface Announced {
  position: number;
  at: number;
}

/** The least time between two announcements of a moving position. */
export const ANNOUNCE_EVERY_MS = 30_000;

/**
 * Whether a new position is said aloud: the first one always; a changed one when the last announcement is at
 * least `ANNOUNCE_EVERY_MS` old, or when the patient is next (position 1) — not on every step of a queue that
 * moves by the second, which would talk over everything else.
 */
export function shouldAnnounce(last: Announced | null, position: number, now: number): boolean {
  if (!last) return true;
  if (position === last.position) return false;
  if (position === 1) return true;
  return now - last.at >= ANNOUNCE_EVERY_MS;
}

/** A place as the page shows it: the server's answer (`WaitingRoomPlace`) and the stream's events. */
export interface PlaceView {
  token: string;
  status: 'waiting' | 'admitted';
  /** 1 for the next one in; 0 once admitted. */
  position: number;
  estimatedWaitSeconds: number | null;
  admittedUntil: string | null;
}

/**
 * A place from a stream event's JSON, or null when it is not one. The `admitted` event is a place in any
 * case; an admission without its end is not usable (the page reads the place instead).
 */
export function parsePlace(data: string, event: 'position' | 'admitted'): PlaceView | null {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const place = value as Record<string, unknown>;
  if (typeof place.token !== 'string' || place.token === '') return null;
  const status = event === 'admitted' ? 'admitted' : place.status;
  if (status !== 'waiting' && status !== 'admitted') return null;
  const admittedUntil = typeof place.admittedUntil === 'string' ? place.admittedUntil : null;
  if (status === 'admitted' && !admittedUntil) return null;
  return {
    token: place.token,
    status,
    position: typeof place.position === 'number' ? place.position : 0,
    estimatedWaitSeconds: typeof place.estimatedWaitSeconds === 'number' ? place.estimatedWaitSeconds : null,
    admittedUntil,
  };
}
