import type { Principal } from '../identity';
import { isRoomGating } from './room-state';
import { viewOfPlace } from './view-of-place';
import type { WaitingRoomDeps, WaitingRoomRepository } from './waiting-room.ports';
import type { WaitingPlace, WaitingPlaceView, WaitingRoomState } from './waiting-room.types';

/** The room as an API process sees it in memory (refreshed by every tick and NOTIFY). */
export type RoomView = Pick<WaitingRoomState, 'activeUntil' | 'waiting' | 'admissionsPerSecond'> & {
  /** The waiting places ahead of a new place by its `seq`, from the process's fresh snapshot; else null. */
  aheadOf?: (seq: number) => number | null;
};

export interface JoinWaitingRoomInput {
  deviceId: string;
  /**
   * The calling process's view of the room: when given, the first attempt decides from it instead of
   * reading the state (at 8:00 joins arrive at several times the booking rate; each statement saved counts).
   * Stale by a tick at most: a join admitted at once as the room activates elsewhere is one admission more.
   */
  room?: RoomView;
}

/**
 * A place read without its rank (`ahead` 0), ranked by the process's snapshot when it can tell; otherwise the
 * database counts the waiting places ahead (one more statement).
 */
export async function rankedBySnapshot(
  places: WaitingRoomRepository,
  place: WaitingPlace,
  rank: (seq: number) => number | null,
  now: Date,
  keepSeconds: number,
): Promise<WaitingPlace> {
  if (place.status !== 'waiting') return place;
  const ahead = rank(place.seq);
  if (ahead !== null) return { ...place, ahead };
  return (await places.seePlaces([place.placeId], now, keepSeconds))[0] ?? place;
}

/** Tries before giving up when other requests of the same holder keep racing this one. */
const ATTEMPTS = 3;

/**
 * Takes a place (issue 16, item 4): one per account and per device — joining again from the same device
 * or account, signed in or not, returns the same place, so reloading or opening tabs gives no advantage.
 * The account comes from the session (anonymous allowed). While the room does not gate (inactive, nobody
 * waiting) the place is admitted at once.
 */
export async function joinWaitingRoom(
  deps: WaitingRoomDeps,
  principal: Principal | null,
  input: JoinWaitingRoomInput,
): Promise<WaitingPlaceView> {
  const { settings } = deps;
  const accountId = principal?.accountId ?? null;
  // No transaction: each statement stands alone (the unique indexes decide between racing joins), and a
  // join at 8:00 should hold a pooled connection for a statement, not for begin … commit.
  return deps.store.read(async ({ places }) => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const now = deps.clock.now();
      // Whether anyone waits decides; how many does not (no count of the queue per join).
      const state =
        attempt === 0 && input.room
          ? input.room
          : await places.state(now, settings.keepSeconds, { countWaiting: false });
      const admittedUntil = isRoomGating(state, now)
        ? null
        : new Date(now.getTime() + settings.admissionSeconds * 1_000);
      const rank = attempt === 0 ? input.room?.aheadOf : undefined;
      const inserted = await places.insertPlace({
        accountId,
        deviceId: input.deviceId,
        now,
        admittedUntil,
        keepSeconds: settings.keepSeconds,
        countAhead: !rank,
      });
      const place =
        inserted && rank
          ? await rankedBySnapshot(places, inserted, rank, now, settings.keepSeconds)
          : inserted;
      if (place) {
        // The first waiter wakes every process (they gate from now on); later ones need not: NOTIFY takes
        // a lock at commit that all notifying transactions share, and gating processes re-read every tick.
        if (!admittedUntil && state.waiting === 0) await places.announce();
        return viewOfPlace(deps, place, state.admissionsPerSecond);
      }
      // Taken: this holder's open place (the same place again), or lapsed ones, removed here, in the way.
      const held = await places.findOpenPlace({
        accountId,
        deviceId: input.deviceId,
        now,
        keepSeconds: settings.keepSeconds,
      });
      if (held) return viewOfPlace(deps, held, state.admissionsPerSecond);
    }
    throw new Error('waiting room: could not take a place after repeated conflicts');
  });
}
