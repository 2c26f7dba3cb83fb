import { type QueueSnapshot, rankQueue } from './queue-snapshot';
import { placeIdOfQueueToken } from './queue-token';
import type { WaitingRoomDeps } from './waiting-room.ports';

/**
 * A process found its booking path past the ceiling (requests in flight, database pool waits): the room
 * is active for the cool-down from now, in every process (the state is shared and announced).
 */
export async function reportOverload(
  deps: WaitingRoomDeps,
  _principal: null,
  _input: Record<string, never> = {},
): Promise<void> {
  const now = deps.clock.now();
  await deps.controlStore.transaction(async ({ places }) => {
    await places.saveState({
      activeUntil: new Date(now.getTime() + deps.settings.cooldownSeconds * 1_000),
      lastOverloadAt: now,
    });
    await places.announce();
  });
}

/** Bookings a process completed while the room gated: added to the count the admitter measures. */
export async function recordCompleted(
  deps: WaitingRoomDeps,
  _principal: null,
  input: { count: number },
): Promise<void> {
  if (input.count <= 0) return;
  await deps.controlStore.read(({ places }) => places.addCompleted(input.count));
}

/** A drill (demo mode): the room active for `durationSeconds` at a fixed rate, synthetic places first. */
export async function startDrill(
  deps: WaitingRoomDeps,
  _principal: null,
  input: { durationSeconds: number; admissionsPerSecond: number; placesAhead: number },
): Promise<void> {
  const now = deps.clock.now();
  const until = new Date(now.getTime() + input.durationSeconds * 1_000);
  await deps.store.transaction(async ({ places }) => {
    await places.saveState({
      activeUntil: until,
      drillUntil: until,
      admissionsPerSecond: input.admissionsPerSecond,
    });
    await places.insertSyntheticPlaces(input.placesAhead, now);
    await places.announce();
  });
}

/** The room's shared state now (the processes' in-memory gate refreshes from it). */
export async function roomState(deps: WaitingRoomDeps, _principal: null, _input: Record<string, never> = {}) {
  const now = deps.clock.now();
  return deps.controlStore.read(({ places }) => places.state(now, deps.settings.keepSeconds));
}

/**
 * The whole live queue ranked, with the state: every process refreshes one such snapshot a few times a
 * second while the room gates and answers reads and streams from it (one query however many wait).
 */
export async function queueSnapshot(
  deps: WaitingRoomDeps,
  _principal: null,
  _input: Record<string, never> = {},
): Promise<QueueSnapshot> {
  const now = deps.clock.now();
  const { keepSeconds } = deps.settings;
  return deps.controlStore.read(async ({ places }) => {
    const state = await places.state(now, keepSeconds);
    return { state, places: rankQueue(await places.livePlaces(now, keepSeconds)) };
  });
}

/** How long a mark of "seen" stands before it is written again: a place is kept for `keepSeconds`. */
export const SEEN_WRITE_EVERY_SECONDS = 20;

/** Places read from a snapshot were seen: one write for the lot, skipping those marked lately. */
export async function markPlacesSeen(
  deps: WaitingRoomDeps,
  _principal: null,
  input: { placeIds: readonly string[] },
): Promise<void> {
  if (input.placeIds.length === 0) return;
  const now = deps.clock.now();
  await deps.controlStore.read(({ places }) =>
    places.markSeen(input.placeIds, now, SEEN_WRITE_EVERY_SECONDS),
  );
}

/** The place a token names when its signature holds (no database work), or null. */
export async function placeOfToken(
  deps: WaitingRoomDeps,
  _principal: null,
  input: { token: string },
): Promise<string | null> {
  return placeIdOfQueueToken(input.token, deps.tokenKey);
}
