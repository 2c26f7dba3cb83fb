import { ZProblem } from './problem.contract';
import { z } from './zod';

/**
 * A queue token: the place's id and its HMAC-SHA256 signature (base64url), `<uuid>.<43 characters>`. A token
 * that does not have this shape is 400; one whose signature does not match is 404 (never a place).
 */
export const WAITING_ROOM_TOKEN_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[A-Za-z0-9_-]{43}$/;

/** The request header an admitted client sends on the booking path. */
export const WAITING_ROOM_TOKEN_HEADER = 'talon-queue-token';

const ZWaitingRoomToken = z
  .string()
  .regex(WAITING_ROOM_TOKEN_PATTERN, { message: 'Неверный номер места в очереди' })
  .describe('The signed queue token');

/** `POST /api/v1/waiting-room`: join the queue from this device (the account comes from the session). */
export const ZJoinWaitingRoomRequest = z.object({
  deviceId: z
    .uuid({ message: 'Ожидается идентификатор устройства (UUID)' })
    .describe('A random id the web app keeps in localStorage: one place per device'),
});
export type TJoinWaitingRoomRequest = z.infer<typeof ZJoinWaitingRoomRequest>;

/** `/api/v1/waiting-room/{token}…`: the place meant. */
export const ZWaitingRoomTokenParams = z.object({ token: ZWaitingRoomToken });

/**
 * A place in the waiting room (docs/waiting-room.md): the answer of join and read, and the `data` of the
 * live stream's `position` and `admitted` events.
 */
export const ZWaitingRoomPlace = z
  .object({
    token: ZWaitingRoomToken.describe('Send it as the `Talon-Queue-Token` header on the booking path'),
    status: z.enum(['waiting', 'admitted']),
    position: z.number().int().min(0).describe('1 = next to be admitted; 0 once admitted'),
    estimatedWaitSeconds: z
      .number()
      .int()
      .min(0)
      .describe('Position ÷ the admission rate the system sustains; 0 once admitted'),
    admittedUntil: z.iso
      .datetime({ offset: true })
      .nullable()
      .describe(
        'Until when the token passes the booking path (10 minutes after admission); null while waiting',
      ),
    joinedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'WaitingRoomPlace' });
export type TWaitingRoomPlace = z.infer<typeof ZWaitingRoomPlace>;

/** `POST /api/v1/dev/waiting-room/drill` (demo mode only): a rush on demand. */
export const ZWaitingRoomDrillRequest = z.object({
  durationSeconds: z.number().int().min(1).max(600).describe('How long the room stays active'),
  admissionsPerSecond: z.number().positive().max(10_000).describe('The admission rate during the drill'),
  placesAhead: z
    .number()
    .int()
    .min(0)
    .max(1000)
    .describe('Synthetic places queued first; they are admitted at the rate like anyone'),
});
export type TWaitingRoomDrillRequest = z.infer<typeof ZWaitingRoomDrillRequest>;

/**
 * The refusal of a booking-path request while the waiting room gates (`GET /slots`, `GET /slots/calendar`,
 * `POST /slots/{id}/hold`, `POST /appointments`): 503 `WAITING_ROOM` with `Retry-After` (seconds, from the
 * estimate) and `Talon-Waiting-Room: active`, unless `Talon-Queue-Token` names an admitted place.
 * `OVERLOADED` (503) is the process shedding load, as on every route.
 */
export const ZWaitingRoomProblem = ZProblem.describe(
  'WAITING_ROOM: the booking path is past its capacity; join `POST /waiting-room` and send `Talon-Queue-Token` once admitted (Retry-After, Talon-Waiting-Room: active). Staff sessions are not queued. OVERLOADED: the process sheds load',
);
