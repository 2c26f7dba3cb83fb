import { admissionsDue, nextAdmissionRate, smoothedCompletions } from './admission';
import { isDrilling, isRecentlyOverloaded } from './room-state';
import type { WaitingRoomDeps } from './waiting-room.ports';
import type { WaitingRoomState } from './waiting-room.types';

/**
 * One pass of the admitter (any API process may run it; one at a time in the installation): admits the
 * places the rate allows since the last pass, strictly in arrival order, adapts the rate to the load the
 * processes report (or keeps a drill's), removes lapsed places and tells every process the queue moved.
 * Returns the state after the pass, or null when another process holds the admitter's turn.
 */
export async function admitPlaces(
  deps: WaitingRoomDeps,
  _principal: null,
  _input: Record<string, never> = {},
): Promise<WaitingRoomState | null> {
  const { settings } = deps;
  return deps.controlStore.transaction(async ({ places }) => {
    if (!(await places.takeAdmitterTurn())) return null;
    const now = deps.clock.now();
    await places.purge(now, settings.keepSeconds);
    const state = await places.state(now, settings.keepSeconds);
    const elapsedMs = state.lastAdmissionAt ? now.getTime() - state.lastAdmissionAt.getTime() : null;
    // The bookings every process completed since the last pass (their shared count), smoothed.
    const completedPerSecond = smoothedCompletions(
      state.completedPerSecond,
      state.completedTotal - state.completedSeen,
      elapsedMs ?? 0,
    );
    const rate = isDrilling(state, now)
      ? state.admissionsPerSecond
      : nextAdmissionRate(
          {
            current: state.admissionsPerSecond,
            elapsedMs: elapsedMs ?? 0,
            isOverloaded: isRecentlyOverloaded(state, now),
            completedPerSecond,
            initialRate: settings.initialRate,
          },
          settings,
        );
    const due = admissionsDue(rate, elapsedMs, state.admissionCarry);
    const admitted =
      due.count > 0 && state.waiting > 0
        ? await places.admitFirst(
            due.count,
            now,
            new Date(now.getTime() + settings.admissionSeconds * 1_000),
            settings.keepSeconds,
          )
        : 0;
    // With nobody waiting nothing is owed: a queue that forms later starts from a clean slate.
    const carry = state.waiting > admitted ? due.carry : 0;
    await places.saveState({
      admissionsPerSecond: rate,
      lastAdmissionAt: now,
      admissionCarry: carry,
      completedSeen: state.completedTotal,
      completedPerSecond,
    });
    if (admitted > 0) await places.announce();
    return {
      ...state,
      admissionsPerSecond: rate,
      lastAdmissionAt: now,
      admissionCarry: carry,
      completedSeen: state.completedTotal,
      completedPerSecond,
      waiting: state.waiting - admitted,
    };
  });
}
