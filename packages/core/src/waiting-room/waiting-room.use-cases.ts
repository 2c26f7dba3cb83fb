import { admitPlaces } from './admit-places';
import { joinWaitingRoom } from './join-waiting-room';
import { readWaitingPlace, seeWaitingPlaces } from './read-waiting-place';
import { reportOverload, roomState, startDrill } from './report-overload';

/** The fair virtual waiting room of the booking path (docs/waiting-room.md). */
export const waitingRoomUseCases = {
  join: joinWaitingRoom,
  read: readWaitingPlace,
  see: seeWaitingPlaces,
  admit: admitPlaces,
  reportOverload,
  drill: startDrill,
  state: roomState,
};
