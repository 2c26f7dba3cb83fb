import type { Clock, TransactionalStore } from '../shared';
import type { LivePlace } from './queue-snapshot';
import type { WaitingPlace, WaitingRoomSettings, WaitingRoomState } from './waiting-room.types';

/** The places and the room's shared state (PostgreSQL: every API process sees the same queue). */
export interface WaitingRoomRepository {
  /**
   * The room's state; a room never activated reads as inactive at the initial rate. `countWaiting: false`
   * (a join, a read: they need the rate and whether anyone waits, not how many) makes `waiting` 0 or 1
   * without counting the queue.
   */
  state(now: Date, keepSeconds: number, options?: { countWaiting?: boolean }): Promise<WaitingRoomState>;
  /**
   * The open place of this account or this device (the earliest when both have one), marked as seen;
   * lapsed and ended places of either are removed first so they do not block a new one.
   */
  findOpenPlace(input: {
    accountId: string | null;
    deviceId: string;
    now: Date;
    keepSeconds: number;
  }): Promise<WaitingPlace | null>;
  /**
   * A new place at the end of the queue, or admitted at once (`admittedUntil` set); null when another
   * request of the same account or device took one at the same moment (the database's unique indexes).
   */
  insertPlace(input: {
    accountId: string | null;
    deviceId: string | null;
    now: Date;
    admittedUntil: Date | null;
    keepSeconds: number;
    /** False: `ahead` is left 0 for the caller to estimate (no count over the queue). */
    countAhead?: boolean;
  }): Promise<WaitingPlace | null>;
  /** Places by id, live ones only (a lapsed or ended one is absent), each marked as seen. */
  seePlaces(
    placeIds: readonly string[],
    now: Date,
    keepSeconds: number,
    /** False: `ahead` is left 0 for the caller to estimate (no ranking over the queue). */
    options?: { countAhead?: boolean },
  ): Promise<WaitingPlace[]>;
  /** Every live place (waiting and seen lately or synthetic, or admitted and not ended), any order. */
  livePlaces(now: Date, keepSeconds: number): Promise<LivePlace[]>;
  /** Marks places as seen, writing only those not marked for `staleSeconds` (one write a while per place). */
  markSeen(placeIds: readonly string[], now: Date, staleSeconds: number): Promise<void>;
  /** Only one admitter at a time in the whole installation: false when another holds the turn. */
  takeAdmitterTurn(): Promise<boolean>;
  /** Admits the first `count` live waiting places by arrival order; how many were admitted. */
  admitFirst(count: number, now: Date, admittedUntil: Date, keepSeconds: number): Promise<number>;
  /** Removes lapsed waiting places and ended admissions. */
  purge(now: Date, keepSeconds: number): Promise<void>;
  saveState(
    patch: Partial<Omit<WaitingRoomState, 'waiting' | 'completedTotal'>> & { admissionsPerSecond?: number },
  ): Promise<void>;
  /** Adds bookings a process completed (answered, not shed) to the shared count the admitter measures. */
  addCompleted(count: number): Promise<void>;
  /** Synthetic places (a drill): queued first, never lapse, admitted at the rate like anyone. */
  insertSyntheticPlaces(count: number, now: Date): Promise<void>;
  /** Tells every API process the queue moved (NOTIFY, sent at commit). */
  announce(): Promise<void>;
}

export type WaitingRoomStore = TransactionalStore<{ places: WaitingRoomRepository }>;

/** What the waiting room's use cases need. */
export interface WaitingRoomDeps {
  /** Joins and reads: the requests' connections. */
  store: WaitingRoomStore;
  /**
   * The room's own background work — the admitter, the snapshot, seen marks, counts, overload reports — on
   * connections of its own, so that it never queues behind the requests it paces.
   */
  controlStore: WaitingRoomStore;
  clock: Clock;
  /** The key queue tokens are signed with (derived from the server's look-up key). */
  tokenKey: Uint8Array;
  settings: WaitingRoomSettings;
}
