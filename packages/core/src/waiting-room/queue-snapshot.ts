import { estimatedWaitSeconds } from './estimate';
import type { WaitingPlace, WaitingPlaceView, WaitingRoomState } from './waiting-room.types';

/** A live place as the snapshot query reads it (before ranking). */
export type LivePlace = Omit<WaitingPlace, 'ahead'>;

/** The whole live queue at one moment, ranked: what every process answers reads and streams from. */
export interface QueueSnapshot {
  state: WaitingRoomState;
  places: ReadonlyMap<string, WaitingPlace>;
}

/**
 * Ranks live places: a waiting place's `ahead` is the number of waiting places with a smaller `seq` (the
 * arrival order), an admitted place's 0. The input may come in any order.
 */
export function rankQueue(places: readonly LivePlace[]): Map<string, WaitingPlace> {
  const ranked = new Map<string, WaitingPlace>();
  let ahead = 0;
  for (const place of [...places].sort((a, b) => a.seq - b.seq)) {
    if (place.status === 'waiting') ranked.set(place.placeId, { ...place, ahead: ahead++ });
    else ranked.set(place.placeId, { ...place, ahead: 0 });
  }
  return ranked;
}

/** A place of the snapshot as its holder sees it, under the token they presented (already verified). */
export function viewFromSnapshot(
  token: string,
  place: WaitingPlace,
  ratePerSecond: number,
): WaitingPlaceView {
  const position = place.status === 'admitted' ? 0 : place.ahead + 1;
  return {
    token,
    status: place.status,
    position,
    estimatedWaitSeconds: estimatedWaitSeconds(position, ratePerSecond),
    admittedUntil: place.admittedUntil,
    joinedAt: place.joinedAt,
  };
}
