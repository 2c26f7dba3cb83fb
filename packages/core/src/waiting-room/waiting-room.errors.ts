/** Error codes of the waiting room (mapped to HTTP and Russian text by the API); see docs/waiting-room.md. */
export const WaitingRoomErrorCode = {
  /** The booking path is past its capacity: the request carries no admitted place (503 with Retry-After). */
  WAITING_ROOM: 'WAITING_ROOM',
  /** The token names no place: unknown, forged, altered, or its place lapsed (unseen for 2 minutes). */
  WAITING_ROOM_PLACE_NOT_FOUND: 'WAITING_ROOM_PLACE_NOT_FOUND',
} as const;
export type WaitingRoomErrorCode = (typeof WaitingRoomErrorCode)[keyof typeof WaitingRoomErrorCode];
