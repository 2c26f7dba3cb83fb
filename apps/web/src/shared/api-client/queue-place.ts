/**
 * The patient's place in the booking waiting room (docs/web.md, «Waiting room»), kept in localStorage so that a
 * reload or a second tab keeps it: the device's id (one place per device, the server's rule) and the queue
 * token with its admission. The API client sends the token in `Talon-Queue-Token` while the admission holds.
 */

export const QUEUE_TOKEN_HEADER = 'Talon-Queue-Token';

const DEVICE_KEY = 'talon.deviceId';
const PLACE_KEY = 'talon.waitingRoom.place';

/** What is kept of a place: enough to send the token and to read the place again after a reload. */
export interface QueuePlace {
  token: string;
  status: 'waiting' | 'admitted';
  /** The end of the admission (ISO), null while waiting. */
  admittedUntil: string | null;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The browser's localStorage, or null where there is none or it refuses (a private window, a test in Node). */
function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function read(storage: KeyValueStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: KeyValueStorage | null, key: string, value: string | null): void {
  try {
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // A full or refused storage: the place is then kept for this page only (the server keeps it per account).
  }
}

/** This browser's id, made once (a random UUID) and kept: the server gives one place per device. */
export function deviceId(storage: KeyValueStorage | null = browserStorage()): string {
  const kept = read(storage, DEVICE_KEY);
  if (kept && /^[0-9a-f-]{36}$/i.test(kept)) return kept;
  const made = crypto.randomUUID();
  write(storage, DEVICE_KEY, made);
  return made;
}

function isQueuePlace(value: unknown): value is QueuePlace {
  if (typeof value !== 'object' || value === null) return false;
  const place = value as Record<string, unknown>;
  return (
    typeof place.token === 'string' &&
    place.token !== '' &&
    (place.status === 'waiting' || place.status === 'admitted') &&
    (place.admittedUntil === null || typeof place.admittedUntil === 'string')
  );
}

/** The kept place, or null when there is none or what is kept is not one. */
export function keptQueuePlace(storage: KeyValueStorage | null = browserStorage()): QueuePlace | null {
  const text = read(storage, PLACE_KEY);
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isQueuePlace(value) ? value : null;
  } catch {
    return null;
  }
}

/** Keeps the place (a new one, a changed status), or forgets it with null. */
export function keepQueuePlace(
  place: QueuePlace | null,
  storage: KeyValueStorage | null = browserStorage(),
): void {
  write(
    storage,
    PLACE_KEY,
    place
      ? JSON.stringify({ token: place.token, status: place.status, admittedUntil: place.admittedUntil })
      : null,
  );
}

/** The token to send: the kept place's, while it is admitted and the admission has not ended. */
export function admissionToken(
  now: number = Date.now(),
  storage: KeyValueStorage | null = browserStorage(),
): string | null {
  const place = keptQueuePlace(storage);
  if (place?.status !== 'admitted' || !place.admittedUntil) return null;
  const until = Date.parse(place.admittedUntil);
  return until > now ? place.token : null;
}
