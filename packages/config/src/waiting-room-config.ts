import { z } from 'zod';

/**
 * The waiting room's variables (docs/waiting-room.md «Configuration»), spread into the environment's schema.
 * The defaults come from `npm run bench:booking` / `bench:rush` on 2 cores (docs/benchmarks.md): the booking
 * path sustains about 150 bookings/s with ~10 requests in flight and the pool's 10 connections busy; past
 * 3× that many in flight or 10 callers waiting for a connection, answers only get later.
 */
export const waitingRoomEnvShape = {
  // On unless set to 0 or false: the room costs nothing until the booking path is past its ceiling.
  WAITING_ROOM_ENABLED: z
    .enum(['0', '1', 'true', 'false', ''])
    .default('1')
    .transform((value) => value !== '0' && value !== 'false'),
  WAITING_ROOM_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(100_000).optional(),
  WAITING_ROOM_MAX_POOL_WAITING: z.coerce.number().int().min(0).max(100_000).optional(),
  WAITING_ROOM_ADMISSIONS_PER_SECOND: z.coerce.number().positive().max(100_000).default(20),
  WAITING_ROOM_MIN_ADMISSIONS_PER_SECOND: z.coerce.number().positive().max(100_000).default(1),
  WAITING_ROOM_MAX_ADMISSIONS_PER_SECOND: z.coerce.number().positive().max(100_000).default(500),
  WAITING_ROOM_ADMISSION_MINUTES: z.coerce.number().int().min(1).max(120).default(10),
  WAITING_ROOM_KEEP_SECONDS: z.coerce.number().int().min(10).max(3_600).default(120),
  WAITING_ROOM_COOLDOWN_SECONDS: z.coerce.number().int().min(1).max(3_600).default(10),
};

type WaitingRoomEnv = z.infer<z.ZodObject<typeof waitingRoomEnvShape>> & { NODE_ENV: string };

/**
 * The ceilings' defaults. Off in tests unless set (as the event-loop check of overload): many test servers
 * share the CPU and their concurrency tests are not a rush; the waiting room's own tests set them.
 */
const IN_FLIGHT_DEFAULT = 32;
const POOL_WAITING_DEFAULT = 10;
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/**
 * The booking path's waiting room (issue 16, item 4): when a process has more than `maxInFlight` booking-path
 * requests in flight or more than `maxPoolWaiting` callers waiting for a database connection, the room is
 * active (in every process) for `cooldownSeconds` more; places are admitted at a rate that starts at
 * `initialRate` and adapts to the reported load within `minRate`..`maxRate`; an admission lasts
 * `admissionSeconds`; a waiting place unseen for `keepSeconds` lapses.
 */
export type WaitingRoomConfig = Readonly<{
  enabled: boolean;
  maxInFlight: number;
  maxPoolWaiting: number;
  initialRate: number;
  minRate: number;
  maxRate: number;
  admissionSeconds: number;
  keepSeconds: number;
  cooldownSeconds: number;
}>;

export const waitingRoomConfig = (e: WaitingRoomEnv): WaitingRoomConfig =>
  Object.freeze({
    enabled: e.WAITING_ROOM_ENABLED,
    maxInFlight: e.WAITING_ROOM_MAX_IN_FLIGHT ?? (e.NODE_ENV === 'test' ? UNBOUNDED : IN_FLIGHT_DEFAULT),
    maxPoolWaiting:
      e.WAITING_ROOM_MAX_POOL_WAITING ?? (e.NODE_ENV === 'test' ? UNBOUNDED : POOL_WAITING_DEFAULT),
    initialRate: e.WAITING_ROOM_ADMISSIONS_PER_SECOND,
    minRate: Math.min(e.WAITING_ROOM_MIN_ADMISSIONS_PER_SECOND, e.WAITING_ROOM_ADMISSIONS_PER_SECOND),
    maxRate: Math.max(e.WAITING_ROOM_MAX_ADMISSIONS_PER_SECOND, e.WAITING_ROOM_ADMISSIONS_PER_SECOND),
    admissionSeconds: e.WAITING_ROOM_ADMISSION_MINUTES * 60,
    keepSeconds: e.WAITING_ROOM_KEEP_SECONDS,
    cooldownSeconds: e.WAITING_ROOM_COOLDOWN_SECONDS,
  });
