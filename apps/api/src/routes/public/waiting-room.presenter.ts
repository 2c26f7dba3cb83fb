import type { TWaitingRoomPlace } from '@talon/contracts';
import type { WaitingPlaceView } from '@talon/core/waiting-room';

/** A place as the contract spells it (`WaitingRoomPlace`). */
export const presentWaitingPlace = (view: WaitingPlaceView): TWaitingRoomPlace => ({
  token: view.token,
  status: view.status,
  position: view.position,
  estimatedWaitSeconds: view.estimatedWaitSeconds,
  admittedUntil: view.admittedUntil?.toISOString() ?? null,
  joinedAt: view.joinedAt.toISOString(),
});
