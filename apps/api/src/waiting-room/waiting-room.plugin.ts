import type { TJoinWaitingRoomRequest, TWaitingRoomDrillRequest, TWaitingRoomPlace } from '@talon/contracts';
import { WAITING_ROOM_TOKEN_HEADER } from '@talon/contracts';
import { isStaff, type Principal } from '@talon/core/identity';
import { type Clock, DomainError } from '@talon/core/shared';
import {
  aheadOfNewcomer,
  isAdmissionValid,
  isRoomGating,
  isShedAnswer,
  nextTickDelayMs,
  type QueueSnapshot,
  type QueueSummary,
  type RoomView,
  retryAfterSeconds,
  SEEN_WRITE_EVERY_SECONDS,
  snapshotEveryMs,
  snapshotFreshMs,
  summarizeQueue,
  viewFromSnapshot,
  type WaitingPlaceView,
  WaitingRoomErrorCode,
  type WaitingRoomState,
} from '@talon/core/waiting-room';
import {
  openWaitingRoomEventSource,
  runInPoolLane,
  takePriorityLane,
  type WaitingRoomEventSource,
} from '@talon/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { EventHubLimits } from '../live/event-hub';
import { presentsStaffSession } from '../plugins/auth/auth.plugin';
import { presentWaitingPlace } from '../routes/public/waiting-room.presenter';
import { WaitingRoomHub } from './waiting-room-hub';

/** The header that tells a refused client it met the waiting room (not a plain overload). */
export const WAITING_ROOM_HEADER = 'talon-waiting-room';
/** A process reports overload at most this often (each report is one row update shared by all). */
const REPORT_EVERY_MS = 500;
/** Admitted and verified tokens remembered per process (each costs a query or a signature check once). */
const MAX_REMEMBERED_ADMISSIONS = 100_000;

export interface WaitingRoomOptions {
  enabled: boolean;
  maxInFlight: number;
  maxPoolWaiting: number;
  cooldownSeconds: number;
  live: EventHubLimits;
  clock: Clock;
}

/** What routes use: join, read, drill, and the live streams. */
export interface WaitingRoom {
  join(principal: Principal | null, input: TJoinWaitingRoomRequest): Promise<TWaitingRoomPlace>;
  /** One's place by its token (404 `WAITING_ROOM_PLACE_NOT_FOUND` for a forged, unknown or lapsed one). */
  view(token: string): Promise<WaitingPlaceView>;
  drill(input: TWaitingRoomDrillRequest): Promise<void>;
  hub: WaitingRoomHub;
  /**
   * An onRequest hook to run right after the auth hook: lets staff through a gating room (the gate itself
   * runs before the session is read). A no-op for requests the gate judged.
   */
  gateAfterSession(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /**
   * Whether a request carries the token of a place this process already knows admitted (memory only, no
   * signature check or query): the overload guard lets such requests through, because they are the bookings
   * the room paced, and shedding them in favour of newcomers' joins is what collapsed the rush's goodput.
   */
  holdsKnownAdmission(request: FastifyRequest): boolean;
  /** Booking-path requests in flight in this process, and whether the room gates now (for tests, metrics). */
  readonly inFlight: number;
  isGating(): boolean;
}

/**
 * The booking path's waiting room (issue 16, item 4; docs/waiting-room.md). Routes opt in with
 * `config: { waitingRoom: true }`. While the room neither is active nor has anyone waiting, such a request
 * passes after an in-memory check. It is counted in flight; when this process has more than `maxInFlight`
 * of them, or more than `maxPoolWaiting` callers wait for a database connection, it reports overload, which
 * activates the room in every process (the state is in PostgreSQL, announced by NOTIFY). While the room
 * gates, a request passes only with `Talon-Queue-Token` of an admitted place, or from staff; otherwise 503
 * `WAITING_ROOM` with `Retry-After` and `Talon-Waiting-Room: active`. Every process runs the admitter's pass on a timer;
 * the database lets one at a time do it.
 */
async function waitingRoomPlugin(app: FastifyInstance, options: WaitingRoomOptions) {
  const { waitingRoom: useCases } = app.services;
  const { clock } = options;
  let state: Pick<WaitingRoomState, 'activeUntil' | 'waiting' | 'admissionsPerSecond'> = {
    activeUntil: null,
    waiting: 0,
    admissionsPerSecond: 1,
  };
  let snapshot: QueueSnapshot | null = null;
  let summary: QueueSummary = { waiting: 0, lastSeq: 0 };
  let snapshotAt = 0;
  let lastTickAt = 0;
  let inFlight = 0;
  /** Bookings answered (not shed) here while the room gated, not yet added to the shared count. */
  let completed = 0;
  let lastReportAt = 0;
  let source: WaitingRoomEventSource | null = null;
  let timer: NodeJS.Timeout | null = null;
  let isClosed = false;
  /** Admitted tokens and when their admission ends; places read since the last tick (marked seen then). */
  const admissions = new Map<string, number>();
  const seen = new Set<string>();
  /** When this process last sent a place's seen mark: a mark stands for SEEN_WRITE_EVERY_SECONDS. */
  const markedAt = new Map<string, number>();
  /**
   * The places read since the last tick whose mark this process has not sent lately: tens of thousands of
   * streams are read every refresh, and listing them all in each tick's statement was a third of the
   * process's CPU at 8:00 (building the statement, not running it).
   */
  const dueForSeenMark = () => {
    const now = Date.now();
    const due = [...seen].filter((id) => now - (markedAt.get(id) ?? 0) >= SEEN_WRITE_EVERY_SECONDS * 1_000);
    seen.clear();
    if (markedAt.size >= MAX_REMEMBERED_ADMISSIONS) markedAt.clear();
    for (const id of due) markedAt.set(id, now);
    return due;
  };
  const movedListeners = new Set<(event: unknown) => void>();

  const isGating = () => isRoomGating(state, clock.now());

  /**
   * Places of tokens already verified: the streams' refreshes read every open place several times a
   * second, and a signature check each time was most of their cost at 8:00.
   */
  const verified = new Map<string, { placeId: string; firstSeenAt: number }>();
  const placeOf = async (token: string) => {
    const known = verified.get(token);
    if (known) return known.placeId;
    const placeId = await useCases.placeOfToken(null, { token });
    if (!placeId) return null;
    if (verified.size >= MAX_REMEMBERED_ADMISSIONS) verified.clear();
    verified.set(token, { placeId, firstSeenAt: Date.now() });
    return placeId;
  };

  /** A place's view from the process's snapshot when that is fresh and holds it (no database work). */
  const freshSnapshot = () =>
    snapshot && Date.now() - snapshotAt < snapshotFreshMs(snapshot.places.size) ? snapshot : null;
  const fromSnapshot = (fresh: QueueSnapshot | null, token: string, placeId: string) => {
    const place = fresh?.places.get(placeId);
    if (!place) return undefined;
    seen.add(placeId);
    return viewFromSnapshot(token, place, fresh!.state.admissionsPerSecond);
  };

  /**
   * The room as this process sees it, with its snapshot's estimate of a newcomer's rank (for joins, reads)
   * only while the snapshot is fresh: without one the database ranks in the same statement, not a second.
   */
  const roomView = (): RoomView =>
    freshSnapshot() ? { ...state, aheadOf: (seq: number) => aheadOfNewcomer(summary, seq) } : state;

  /** The place a token names and its view: from a fresh snapshot when it is there, else from the database. */
  const view = async (token: string): Promise<WaitingPlaceView> => {
    const placeId = await placeOf(token);
    if (!placeId) throw new DomainError(WaitingRoomErrorCode.WAITING_ROOM_PLACE_NOT_FOUND);
    return fromSnapshot(freshSnapshot(), token, placeId) ?? useCases.read(null, { token, room: roomView() });
  };

  /**
   * The views of every open stream's place: from the snapshot in one pass (tens of thousands of streams at
   * 8:00). A place it misses that this process first met after the snapshot was read joined since: it is
   * left for the next snapshot (its stream already has its place). Only other misses — gone, most likely —
   * are read from the database.
   */
  const seeAll = async (tokens: string[]) => {
    const views = new Map<string, WaitingPlaceView | 'pending'>();
    const fresh = freshSnapshot();
    const missed: string[] = [];
    for (const token of tokens) {
      // The cache first without an await: tens of thousands of tokens per refresh, nearly all known.
      const placeId = verified.get(token)?.placeId ?? (await placeOf(token));
      if (!placeId) continue;
      const found = fromSnapshot(fresh, token, placeId);
      if (found) views.set(token, found);
      else if (fresh && (verified.get(token)?.firstSeenAt ?? 0) >= snapshotAt) views.set(token, 'pending');
      else missed.push(token);
    }
    for (const token of missed) {
      try {
        views.set(token, await useCases.read(null, { token, room: roomView() }));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
      }
    }
    return views;
  };

  const hub = new WaitingRoomHub(
    async () => ({
      subscribe: (listener) => {
        movedListeners.add(listener);
        return () => movedListeners.delete(listener);
      },
      onGap: () => () => {},
      close: async () => {},
    }),
    options.live,
    seeAll,
    (error) => app.log.warn({ err: error }, 'waiting room streams refresh failed'),
  );

  /** Snapshots are numbered by when their query started: a slow older one never replaces a newer one. */
  let snapshotsAsked = 0;
  let snapshotShown = 0;
  const refreshSnapshot = async () => {
    const number = ++snapshotsAsked;
    const startedAt = Date.now();
    const next = await useCases.snapshot(null, {});
    if (number < snapshotShown) return;
    snapshotShown = number;
    snapshot = next;
    summary = summarizeQueue(next.places);
    snapshotAt = startedAt;
    state = next.state;
  };

  /** One tick: the admitter's pass, the snapshot, the seen marks and the streams while the room gates. */
  let isTicking = false;
  let isTickAsked = false;
  const tick = async () => {
    timer = null;
    if (isTicking) {
      isTickAsked = true;
      return;
    }
    isTicking = true;
    lastTickAt = Date.now();
    try {
      if (isGating() || hub.size > 0) {
        if (isGating()) {
          // The pass's own view of the state keeps the gate current between snapshots.
          const after = await useCases.admit(null, {});
          if (after) state = after;
        }
        // A long queue is re-read less often: the read scans it all (snapshotEveryMs).
        if (Date.now() - snapshotAt >= snapshotEveryMs(snapshot?.places.size ?? 0)) await refreshSnapshot();
        await useCases.markSeen(null, { placeIds: dueForSeenMark() });
        const count = completed;
        completed = 0;
        await useCases.recordCompleted(null, { count });
        void hub.refresh();
      } else {
        state = await useCases.state(null, {});
      }
    } catch (error) {
      app.log.warn({ err: error }, 'waiting room tick failed');
    } finally {
      isTicking = false;
    }
    schedule(isTickAsked);
    isTickAsked = false;
  };
  /**
   * The next tick: soon when something moved (yet never sooner than the least gap after the last one: the
   * NOTIFYs of a rush would otherwise run ticks back to back), else after the busy or idle interval.
   */
  const schedule = (soon = false) => {
    if (isClosed) return;
    if (isTicking) {
      if (soon) isTickAsked = true;
      return;
    }
    if (soon && timer) clearTimeout(timer);
    else if (timer) return;
    const delay = nextTickDelayMs({
      soon,
      sinceLastTickMs: Date.now() - lastTickAt,
      busy: isGating() || hub.size > 0,
    });
    timer = setTimeout(() => void tick(), delay);
    timer.unref();
  };

  const onMoved = () => {
    schedule(true);
    for (const listener of movedListeners) listener({});
  };

  const reportOverload = () => {
    const now = clock.now().getTime();
    // The room is active here at once; the report makes it so everywhere.
    const localUntil = new Date(now + options.cooldownSeconds * 1_000);
    if (!state.activeUntil || state.activeUntil < localUntil) state = { ...state, activeUntil: localUntil };
    if (now - lastReportAt < REPORT_EVERY_MS) return;
    lastReportAt = now;
    useCases
      .reportOverload(null, {})
      .catch((error) => app.log.warn({ err: error }, 'overload report failed'));
  };

  /**
   * Past the ceiling: too many booking-path requests in flight, or — only to activate the room — too many
   * callers waiting for a database connection. While the room gates, the pool's waiters are mostly the
   * room's own joins, and counting them slowed admissions for the very load the room was absorbing; the
   * admitted bookings that wait for a connection are in flight, so the first figure sees them.
   */
  const isOverCeiling = () =>
    inFlight > options.maxInFlight ||
    (!isGating() && (app.database.poolStats?.().waiting ?? 0) > options.maxPoolWaiting);

  /** Whether a token names an admitted place; remembered until its admission ends. */
  const isAdmitted = async (token: string): Promise<boolean> => {
    const now = clock.now();
    const remembered = admissions.get(token);
    if (remembered !== undefined) {
      if (remembered > now.getTime()) return true;
      admissions.delete(token);
      return false;
    }
    let place: WaitingPlaceView;
    try {
      place = await view(token);
    } catch (error) {
      if (error instanceof DomainError) return false;
      throw error;
    }
    if (place.status !== 'admitted' || !isAdmissionValid(place.admittedUntil, now)) return false;
    if (admissions.size >= MAX_REMEMBERED_ADMISSIONS) admissions.clear();
    admissions.set(token, place.admittedUntil!.getTime());
    return true;
  };

  const refuse = (reply: FastifyReply) => {
    reply.header(WAITING_ROOM_HEADER, 'active');
    throw new DomainError(WaitingRoomErrorCode.WAITING_ROOM, {
      retryAfterSeconds: retryAfterSeconds(state.waiting, state.admissionsPerSecond),
    });
  };

  /** A request on the booking path goes on: counted in flight until its connection closes. */
  const pass = (reply: FastifyReply) => {
    inFlight++;
    reply.raw.once('close', () => {
      inFlight--;
    });
    if (isOverCeiling()) reportOverload();
  };

  /**
   * Requests the gate could not judge before the session is read: staff are not queued with the citizens
   * (a registrar with a caller on the line, a doctor booking a follow-up), and who is staff is known only
   * once the auth hook has run. Only requests whose session token bears the staff mark wait for it; the rest
   * (citizens, hundreds a second at 8:00) are refused before any database work.
   */
  const awaitingSession = new WeakSet<FastifyRequest>();

  const gate = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!(request.routeOptions.config as { waitingRoom?: boolean }).waitingRoom) return;
    if (isGating()) {
      const token = request.headers[WAITING_ROOM_TOKEN_HEADER];
      if (typeof token !== 'string' || !(await isAdmitted(token))) {
        if (!presentsStaffSession(request)) return refuse(reply);
        awaitingSession.add(request);
        return;
      }
      takePriorityLane();
    }
    pass(reply);
  };

  /** After the auth hook: a deferred request of staff passes, anyone else's is refused as the gate would. */
  const gateAfterSession = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!awaitingSession.has(request)) return;
    awaitingSession.delete(request);
    if (!request.principal || !isStaff(request.principal.roles)) return refuse(reply);
    takePriorityLane();
    pass(reply);
  };

  const holdsKnownAdmission = (request: FastifyRequest) => {
    const token = request.headers[WAITING_ROOM_TOKEN_HEADER];
    if (typeof token !== 'string') return false;
    const now = clock.now().getTime();
    const remembered = admissions.get(token);
    if (remembered !== undefined) return remembered > now;
    const placeId = verified.get(token)?.placeId;
    const place = placeId ? snapshot?.places.get(placeId) : undefined;
    return place?.status === 'admitted' && (place.admittedUntil?.getTime() ?? 0) > now;
  };

  const runtime: WaitingRoom = {
    async join(principal, input) {
      // The process's view of the room saves the join a read of the state, its snapshot a count.
      const place = await useCases.join(principal, { deviceId: input.deviceId, room: roomView() });
      if (place.status === 'waiting') {
        state = { ...state, waiting: Math.max(state.waiting, place.position) };
        schedule(true);
      }
      return presentWaitingPlace(place);
    },
    view,
    async drill(input) {
      await useCases.drill(null, input);
      await refreshSnapshot();
      schedule(true);
    },
    hub,
    gateAfterSession,
    holdsKnownAdmission,
    get inFlight() {
      return inFlight;
    },
    isGating,
  };
  app.decorate('waitingRoom', runtime);
  if (!options.enabled) return;

  // Each request in a pool lane of its own: while the room gates, the admitted and staff requests wait for
  // a database connection ahead of newcomers' joins (packages/db/src/pool/pool-lane.ts).
  app.addHook('onRequest', (_request, _reply, done) => runInPoolLane(done));
  app.addHook('onRequest', gate);
  // Shed answers on the booking path (OVERLOADED, often before the gate ran) slow admissions down too;
  // bookings answered otherwise while the room gates are what it sustains (the admitter follows them).
  app.addHook('onResponse', async (request, reply) => {
    const config = request.routeOptions.config as { waitingRoom?: boolean; completesBooking?: boolean };
    if (!config.waitingRoom) return;
    if (isShedAnswer(reply.statusCode, reply.getHeader(WAITING_ROOM_HEADER) !== undefined)) reportOverload();
    else if (config.completesBooking && reply.statusCode < 500 && isGating()) completed++;
  });
  app.addHook('onReady', async () => {
    try {
      source = await openWaitingRoomEventSource(app.database, {
        onError: (error) => app.log.warn({ err: error }, 'waiting room listener error'),
      });
      source.subscribe(onMoved);
      source.onGap(onMoved);
    } catch (error) {
      // Without the listener the state is still re-read every few seconds.
      app.log.warn({ err: error }, 'waiting room listener unavailable');
    }
    schedule();
  });
  app.addHook('preClose', async () => {
    isClosed = true;
    if (timer) clearTimeout(timer);
    hub.endAll();
  });
  app.addHook('onClose', async () => {
    await source?.close().catch(() => {});
    await hub.close();
  });
}

export default fp(waitingRoomPlugin, { name: 'waiting-room', dependencies: ['problem-details'] });

declare module 'fastify' {
  interface FastifyInstance {
    waitingRoom: WaitingRoom;
  }
  interface FastifyContextConfig {
    /** The booking path: gated by the waiting room (docs/waiting-room.md). */
    waitingRoom?: boolean;
    /** An answer here ends a booking (`POST /appointments`): the room counts them to set its rate. */
    completesBooking?: boolean;
  }
}
