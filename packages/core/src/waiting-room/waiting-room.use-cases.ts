import { admitPlaces } from './admit-places';
import { joinWaitingRoom } from './join-waiting-room';
import { readWaitingPlace, seeWaitingPlaces } from './read-waiting-place';
import {
  markPlacesSeen,
  placeOfToken,
  queueSnapshot,
  recordCompleted,
  reportOverload,
  roomState,
  startDrill,
} from './room-control';

/** The fair virtual waiting room of the booking path (docs/waiting-room.md). */
export const waitingRoomUseCases = {
  join: joinWaitingRoom,
  read: readWaitingPlace,
  see: seeWaitingPlaces,
  admit: admitPlaces,
  reportOverload,
  recordCompleted,
  drill: startDrill,
  state: roomState,
  snapshot: queueSnapshot,
  markSeen: markPlacesSeen,
  placeOfToken,
};
