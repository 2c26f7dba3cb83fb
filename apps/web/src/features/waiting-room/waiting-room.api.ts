import { type ApiSchema, api, apiUrl, dataOf, deviceId, keepQueuePlace } from '../../shared/api-client';
import { type PlaceView, parsePlace } from './waiting-room.model';
import { type FollowPlace, WaitingRoomQueue } from './waiting-room-queue';

type TWaitingRoomPlace = ApiSchema<'WaitingRoomPlace'>;

const view = (place: TWaitingRoomPlace): PlaceView => ({
  token: place.token,
  status: place.status,
  position: place.position,
  estimatedWaitSeconds: place.estimatedWaitSeconds,
  admittedUntil: place.admittedUntil,
});

/**
 * `GET /waiting-room/{token}/events`: `position` while waiting, `admitted` at the end. A failed stream (a
 * lapsed place, a full server, no EventSource) is given up for reading the place every few seconds.
 */
const followPlace: FollowPlace = (token, { onPlace, onFailure }) => {
  if (typeof EventSource === 'undefined') {
    const timer = setTimeout(onFailure, 0);
    return () => clearTimeout(timer);
  }
  const source = new EventSource(apiUrl('/api/v1/waiting-room/{token}/events', { path: { token } }));
  let isOpen = true;
  const fail = () => {
    if (!isOpen) return;
    isOpen = false;
    source.close();
    onFailure();
  };
  const listen = (event: 'position' | 'admitted') => (message: MessageEvent<string>) => {
    const place = parsePlace(message.data, event);
    if (place) onPlace(place);
    else if (event === 'admitted') fail();
  };
  source.addEventListener('position', listen('position') as EventListener);
  source.addEventListener('admitted', listen('admitted') as EventListener);
  source.addEventListener('error', fail);
  return () => {
    isOpen = false;
    source.close();
  };
};

/** The page's one waiting room: every refused request of the time choice and the booking waits in it. */
export const waitingRoomQueue = new WaitingRoomQueue({
  join: async (device) =>
    view(await dataOf(api.POST('/api/v1/waiting-room', { body: { deviceId: device } }))),
  read: async (token) =>
    view(await dataOf(api.GET('/api/v1/waiting-room/{token}', { params: { path: { token } } }))),
  follow: followPlace,
  deviceId: () => deviceId(),
  keep: (place) => keepQueuePlace(place),
});
