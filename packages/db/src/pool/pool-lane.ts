import { AsyncLocalStorage } from 'node:async_hooks';

/** The lane of one piece of work (a request): ordinary, or first in line for a pooled connection. */
export interface PoolLane {
  isPriority: boolean;
}

const lanes = new AsyncLocalStorage<PoolLane>();

/**
 * Runs `fn` (and everything it starts) in a lane of its own, ordinary until {@link takePriorityLane} is
 * called within it. The API opens one per request before anything else runs.
 */
export function runInPoolLane<T>(fn: () => T): T {
  return lanes.run({ isPriority: false }, fn);
}

/**
 * Puts the current lane first in line for the pool: its waits for a connection go ahead of ordinary ones.
 * At 8:00 the bookings the waiting room admitted waited behind the joins of newcomers arriving at three
 * times their rate, and were shed after the acquire timeout; they are the work the room paces, and a shed
 * one is an admission wasted. A no-op outside a lane.
 */
export function takePriorityLane(): void {
  const lane = lanes.getStore();
  if (lane) lane.isPriority = true;
}

export const isPriorityLane = (): boolean => lanes.getStore()?.isPriority === true;
