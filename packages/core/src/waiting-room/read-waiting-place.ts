import { DomainError } from '../shared';
import { type RoomView, rankedBySnapshot } from './join-waiting-room';
import { placeIdOfQueueToken } from './queue-token';
import { viewOfPlace } from './view-of-place';
import { WaitingRoomErrorCode } from './waiting-room.errors';
import type { WaitingRoomDeps } from './waiting-room.ports';
import type { WaitingPlaceView } from './waiting-room.types';

/**
 * One's place by its token, marked as seen (a place is kept while read at least every 2 minutes). A forged,
 * altered, unknown or lapsed token is "not found" — never a place. With the calling process's view of the
 * room (a read its snapshot missed: mostly a place that joined since), one statement and the snapshot's
 * estimate of the newcomer's rank instead of a count over the queue.
 */
export async function readWaitingPlace(
  deps: WaitingRoomDeps,
  _principal: null,
  input: { token: string; room?: RoomView },
): Promise<WaitingPlaceView> {
  const placeId = placeIdOfQueueToken(input.token, deps.tokenKey);
  if (!placeId) throw new DomainError(WaitingRoomErrorCode.WAITING_ROOM_PLACE_NOT_FOUND);
  const rank = input.room?.aheadOf;
  if (input.room && rank) {
    const now = deps.clock.now();
    const { keepSeconds } = deps.settings;
    const place = await deps.store.read(async ({ places }) => {
      const [seen] = await places.seePlaces([placeId], now, keepSeconds, { countAhead: false });
      return seen && rankedBySnapshot(places, seen, rank, now, keepSeconds);
    });
    if (!place) throw new DomainError(WaitingRoomErrorCode.WAITING_ROOM_PLACE_NOT_FOUND);
    return viewOfPlace(deps, place, input.room.admissionsPerSecond);
  }
  const views = await seeWaitingPlaces(deps, null, { placeIds: [placeId] });
  const view = views.get(placeId);
  if (!view) throw new DomainError(WaitingRoomErrorCode.WAITING_ROOM_PLACE_NOT_FOUND);
  return view;
}

/**
 * Several places at once, by id, marked as seen (the live streams of one process, refreshed together);
 * lapsed and unknown ids are absent from the map.
 */
export async function seeWaitingPlaces(
  deps: WaitingRoomDeps,
  _principal: null,
  input: { placeIds: readonly string[] },
): Promise<Map<string, WaitingPlaceView>> {
  if (input.placeIds.length === 0) return new Map();
  const now = deps.clock.now();
  const { keepSeconds } = deps.settings;
  const [places, state] = await deps.store.read(
    async ({ places: repo }) =>
      [
        await repo.seePlaces(input.placeIds, now, keepSeconds),
        await repo.state(now, keepSeconds, { countWaiting: false }),
      ] as const,
  );
  return new Map(places.map((place) => [place.placeId, viewOfPlace(deps, place, state.admissionsPerSecond)]));
}
