// The fair virtual waiting room (issue 16, item 4): places, admission in arrival order, signed tokens.
export { admissionsDue, nextAdmissionRate } from './admission';
export { estimatedWaitSeconds, retryAfterSeconds } from './estimate';
export type { RoomView } from './join-waiting-room';
export {
  aheadOfNewcomer,
  type LivePlace,
  type QueueSnapshot,
  type QueueSummary,
  summarizeQueue,
  viewFromSnapshot,
} from './queue-snapshot';
export { placeIdOfQueueToken, signQueueToken } from './queue-token';
export { SEEN_WRITE_EVERY_SECONDS } from './room-control';
export { isAdmissionValid, isRoomGating, isShedAnswer } from './room-state';
export { nextTickDelayMs, snapshotEveryMs, snapshotFreshMs } from './tick-pacing';
export { WaitingRoomErrorCode } from './waiting-room.errors';
export type * from './waiting-room.ports';
export type * from './waiting-room.types';
export { waitingRoomUseCases } from './waiting-room.use-cases';
