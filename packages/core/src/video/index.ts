// Video visits (issue 17 item 1): who may be in a visit's room, when, and what passes between the two sides.
export { isVisitPractitioner } from './room-participant';
export { isRoomOpen, ROOM_CLOSES_AFTER_END_MS, ROOM_OPENS_BEFORE_MS } from './room-window';
export { VideoErrorCode } from './video.errors';
export type * from './video.ports';
export type * from './video.types';
export { videoUseCases } from './video.use-cases';
