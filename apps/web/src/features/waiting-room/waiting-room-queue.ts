import type { QueuePlace } from '../../shared/api-client';
import { ApiError } from '../../shared/api-client';
import type { PlaceView } from './waiting-room.model';

/** How the page follows its place live: calls `onPlace` on each change, `onFailure` once when the stream fails. */
export type FollowPlace = (
  token: string,
  handlers: { onPlace: (place: PlaceView) => void; onFailure: () => void },
) => () => void;

/** What the queue needs from outside: the API, the stream, this device's id, the kept place. */
export interface QueuePorts {
  /** `POST /waiting-room`: the device's (and account's) place, the same one when joined again. */
  join: (deviceId: string) => Promise<PlaceView>;
  /** `GET /waiting-room/{token}`; an `ApiError` 404 when the place lapsed. */
  read: (token: string) => Promise<PlaceView>;
  follow: FollowPlace;
  deviceId: () => string;
  keep: (place: QueuePlace) => void;
}

/** What the page shows: whether anything waits for an admission, and the place (null while joining). */
export interface QueueState {
  isWaiting: boolean;
  place: PlaceView | null;
}

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * The patient's way through the waiting room (docs/web.md, «Waiting room»). Every refused request of the page
 * waits here (`waitForAdmission`); the first one joins (the device's one place: a reload or another tab gets
 * the same), follows the place over the server's stream, or by reading it every `pollMs` once the stream
 * fails, and releases them all when the place is admitted, its admission kept for the API client to send.
 * Nothing runs when nothing waits.
 */
export class WaitingRoomQueue {
  private readonly waiters = new Set<Waiter>();
  private readonly listeners = new Set<() => void>();
  private state: QueueState = { isWaiting: false, place: null };
  private isRunning = false;
  private stopFollowing: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly ports: QueuePorts,
    private readonly timing: { pollMs: number; retryMs: number } = { pollMs: 3_000, retryMs: 3_000 },
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): QueueState => this.state;

  /** Resolves once admitted; rejects when `signal` aborts, or with the error when no place can be had. */
  waitForAdmission = (signal: AbortSignal): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      const waiter: Waiter = {
        resolve: () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        },
        reject: (error) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      };
      const onAbort = () => {
        this.waiters.delete(waiter);
        reject(signal.reason);
        if (this.waiters.size === 0) this.stop();
        this.publish();
      };
      signal.addEventListener('abort', onAbort);
      this.waiters.add(waiter);
      if (!this.isRunning) {
        this.isRunning = true;
        this.state = { ...this.state, place: null };
        void this.joinPlace();
      }
      this.publish();
    });

  private publish() {
    const isWaiting = this.waiters.size > 0;
    if (isWaiting !== this.state.isWaiting) this.state = { ...this.state, isWaiting };
    for (const listener of this.listeners) listener();
  }

  private stop() {
    this.isRunning = false;
    this.stopFollowing?.();
    this.stopFollowing = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private later(step: () => void, ms: number) {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.isRunning) step();
    }, ms);
  }

  private async joinPlace() {
    let place: PlaceView;
    try {
      place = await this.ports.join(this.ports.deviceId());
    } catch (error) {
      if (!this.isRunning) return;
      if (error instanceof ApiError && !error.isRetryable) this.fail(error);
      else this.later(() => void this.joinPlace(), this.timing.retryMs);
      return;
    }
    if (!this.isRunning) return;
    this.apply(place);
    if (place.status === 'waiting') this.follow(place.token);
  }

  private follow(token: string) {
    this.stopFollowing?.();
    this.stopFollowing = this.ports.follow(token, {
      onPlace: (place) => {
        if (this.isRunning && place.token === token) this.apply(place);
      },
      onFailure: () => {
        this.stopFollowing?.();
        this.stopFollowing = null;
        if (this.isRunning) this.poll(token);
      },
    });
  }

  private poll(token: string) {
    this.later(async () => {
      try {
        const place = await this.ports.read(token);
        if (!this.isRunning) return;
        this.apply(place);
      } catch (error) {
        if (!this.isRunning) return;
        // The place lapsed (the patient was away too long): join again, as a reload would.
        if (error instanceof ApiError && error.status === 404) {
          void this.joinPlace();
          return;
        }
      }
      if (this.isRunning) this.poll(token);
    }, this.timing.pollMs);
  }

  private apply(place: PlaceView) {
    this.ports.keep({ token: place.token, status: place.status, admittedUntil: place.admittedUntil });
    this.state = { ...this.state, place };
    if (place.status === 'admitted') {
      this.stop();
      const admitted = [...this.waiters];
      this.waiters.clear();
      for (const waiter of admitted) waiter.resolve();
    }
    this.publish();
  }

  private fail(error: unknown) {
    this.stop();
    const refused = [...this.waiters];
    this.waiters.clear();
    for (const waiter of refused) waiter.reject(error);
    this.publish();
  }
}
