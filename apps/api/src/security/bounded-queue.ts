/** The queue of a `BoundedQueue` is full: the caller should come back later (503 with Retry-After). */
export class QueueFullError extends Error {
  constructor(readonly queue: string) {
    super(`${queue} queue is full`);
    this.name = 'QueueFullError';
  }
}

/**
 * Runs expensive work (argon2) at most `concurrency` at a time, with at most `maxQueue` callers waiting;
 * the next one is refused at once with `QueueFullError` instead of joining a line that would only make
 * every login late and eat the CPU that booking needs (issue 15, item 4). First come, first served.
 */
export class BoundedQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly options: { name: string; concurrency: number; maxQueue: number }) {
    if (options.concurrency < 1 || options.maxQueue < 0) throw new RangeError('invalid queue limits');
  }

  /** Work running and waiting now (for metrics and tests). */
  get size() {
    return { running: this.running, waiting: this.waiting.length };
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.options.concurrency) {
      if (this.waiting.length >= this.options.maxQueue) throw new QueueFullError(this.options.name);
      // The slot is handed over by the finishing task (see `release`), so `running` never overshoots.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private release() {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
