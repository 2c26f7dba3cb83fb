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
  await deps.store.transaction(async ({ places }) => {
    await places.saveState({
      activeUntil: new Date(now.getTime() + deps.settings.cooldownSeconds * 1_000),
      lastOverloadAt: now,
    });
    await places.announce();
  });
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
  return deps.store.read(({ places }) => places.state(now, deps.settings.keepSeconds));
}
