import pg from 'pg';
import { isPriorityLane } from './pool-lane';

/** How long and how many callers may wait for a connection before the pool refuses (issue 4, item 11). */
export interface PoolLimits {
  /** Longest wait for a connection, in ms, before the query fails with `DatabaseBusyError`; 0 = no limit. */
  acquireTimeoutMs: number;
  /** Callers that may wait for a connection at once; one more is refused at once. Infinity = no limit. */
  maxWaiting: number;
}

/**
 * The pool had no connection to give in time, or too many callers were already waiting. The API answers
 * 503 with Retry-After: under a rush it is better to refuse at once than to queue without bound, so that
 * the requests already admitted finish quickly and the rejected ones come back later.
 */
export class DatabaseBusyError extends Error {
  constructor(readonly reason: 'queue_full' | 'timeout') {
    super(`database busy: ${reason}`);
    this.name = 'DatabaseBusyError';
  }
}

/** True for a `DatabaseBusyError`, also when wrapped (Drizzle wraps driver errors in `cause`). */
export function isDatabaseBusy(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (current instanceof DatabaseBusyError) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

// pg-pool's own error texts for a wait that ran out (queue) and a new connection that took too long.
const TIMEOUT_MESSAGES = new Set([
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
]);

type ConnectCallback = (
  error: Error | undefined,
  client: pg.PoolClient | undefined,
  release: (release?: unknown) => void,
) => void;

/**
 * A `pg.Pool` whose waiting line is bounded in length (`maxWaiting`) and in time (`acquireTimeoutMs`).
 * pg-pool has the timeout but no length limit; every query and transaction goes through `connect`, so
 * checking the line there covers Drizzle's `pool.query` and `pool.connect` alike.
 */
class BoundedPool extends pg.Pool {
  constructor(
    config: pg.PoolConfig,
    private readonly maxWaiting: number,
  ) {
    super(config);
  }

  // biome-ignore lint/suspicious/noExplicitAny: pg's overloads (promise or callback) are typed separately
  override connect(callback?: ConnectCallback): any {
    const isFull = this.totalCount >= (this.options.max ?? 10) && this.idleCount === 0;
    if (isFull && this.waitingCount >= this.maxWaiting) {
      const error = new DatabaseBusyError('queue_full');
      if (callback) return void callback(error, undefined, () => {});
      return Promise.reject(error);
    }
    const translate = (error: Error) =>
      TIMEOUT_MESSAGES.has(error.message)
        ? Object.assign(new DatabaseBusyError('timeout'), { cause: error })
        : error;
    const isQueued = isFull && isPriorityLane();
    const waiting = isQueued ? this.waitingCount : 0;
    const connecting = callback
      ? super.connect((error, client, release) =>
          callback(error ? translate(error) : undefined, client, release),
        )
      : super.connect().catch((error: Error) => {
          throw translate(error);
        });
    if (isQueued) this.moveAheadOfOrdinary(waiting);
    return connecting;
  }

  /**
   * A priority caller's wait was just queued (pg-pool puts it last, synchronously): it goes ahead of every
   * ordinary waiter, behind earlier priority ones. pg-pool keeps its line in `_pendingQueue`, which it
   * serves from the front; if a later pg-pool keeps it otherwise, the caller simply waits in order (a test
   * fails so that it is noticed).
   */
  private moveAheadOfOrdinary(waitingBefore: number) {
    const line = (this as unknown as { _pendingQueue?: unknown[] })._pendingQueue;
    if (!Array.isArray(line) || line.length !== waitingBefore + 1) return;
    const item = line.pop() as object;
    priorityWaits.add(item);
    const firstOrdinary = line.findIndex((waiter) => !priorityWaits.has(waiter as object));
    line.splice(firstOrdinary === -1 ? line.length : firstOrdinary, 0, item);
  }
}

/** The queued waits of priority callers (pg-pool's own items, remembered without touching them). */
const priorityWaits = new WeakSet<object>();

export function createBoundedPool(url: string, limits: PoolLimits & { max: number }): pg.Pool {
  return new BoundedPool(
    { connectionString: url, max: limits.max, connectionTimeoutMillis: limits.acquireTimeoutMs },
    limits.maxWaiting,
  );
}
