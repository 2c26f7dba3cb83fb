import { estimatedWaitSeconds } from './estimate';
import { signQueueToken } from './queue-token';
import type { WaitingRoomDeps } from './waiting-room.ports';
import type { WaitingPlace, WaitingPlaceView } from './waiting-room.types';

/** A stored place as its holder sees it: the signed token, the 1-based position and the estimate. */
export function viewOfPlace(
  deps: Pick<WaitingRoomDeps, 'tokenKey'>,
  place: WaitingPlace,
  ratePerSecond: number,
): WaitingPlaceView {
  const position = place.status === 'admitted' ? 0 : place.ahead + 1;
  return {
    token: signQueueToken(place.placeId, deps.tokenKey),
    status: place.status,
    position,
    estimatedWaitSeconds: estimatedWaitSeconds(position, ratePerSecond),
    admittedUntil: place.admittedUntil,
    joinedAt: place.joinedAt,
  };
}
