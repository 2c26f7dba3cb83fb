import type { DatabaseHandle } from '../client';
import { type ChannelEventSource, openChannelEventSource } from './channel-event-source';

/**
 * The NOTIFY channel of the waiting room (docs/waiting-room.md): sent at commit whenever the queue or the
 * room's state moved (an admission pass admitted places, a report of overload, a drill, a first place
 * queued). The payload says nothing: every process re-reads the state and its open streams' places.
 */
export const WAITING_ROOM_CHANNEL = 'waiting_room_events';

/** "The room moved": nothing more travels (no ids, no counts). */
export interface WaitingRoomEvent {
  kind: 'moved';
}

export type WaitingRoomEventSource = ChannelEventSource<WaitingRoomEvent>;

/** One LISTEN per process for the waiting room, fanned out in process. */
export const openWaitingRoomEventSource = (
  handle: DatabaseHandle,
  options: { onError?: (error: unknown) => void } = {},
): Promise<WaitingRoomEventSource> =>
  openChannelEventSource(handle, WAITING_ROOM_CHANNEL, () => ({ kind: 'moved' }), options);
