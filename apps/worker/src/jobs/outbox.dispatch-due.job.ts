import type { Channel } from '@talon/core/messaging';
import type { OutboxDispatchRepository } from '@talon/db';
import type { WorkerLogger } from '../logger';
import { type DeliverMessageDeps, deliverClaimedMessage } from './outbox.deliver-message.job';

export interface DueDispatcherDeps extends DeliverMessageDeps {
  dispatch: Pick<OutboxDispatchRepository, 'claimDue'>;
  /** The channel this dispatcher sends: a slow SMTP server must not hold up SMS in the same batch. */
  channel: Channel;
  /** Rows claimed per statement. */
  batchSize: number;
  /** Messages being sent at once by this process. */
  concurrency: number;
  /** How long to wait for new work when nothing is due (a kick wakes it sooner). */
  idleMs: number;
  logger: WorkerLogger;
}

export interface DueDispatcher {
  /** Look for due messages now (a kick, a sweep that requeued stale ones). */
  wake(): void;
  /** Stops claiming and waits for the messages in flight. */
  stop(): Promise<void>;
}

/**
 * The bulk path of the outbox, one per channel: claims the channel's due messages in batches (one UPDATE … SKIP LOCKED per batch, so any
 * number of worker processes share the work without sending a row twice) and keeps up to `concurrency`
 * sends in flight, claiming more as slots free up. A day of reminders is one long list the dispatcher walks
 * through; the per-message queue job stays for single kicked messages, which it delivers within a second.
 */
export function startDueDispatcher(deps: DueDispatcherDeps): DueDispatcher {
  const inFlight = new Set<Promise<unknown>>();
  let isStopped = false;
  let wakeUp: (() => void) | null = null;
  const log = deps.logger.child({ job: 'outbox.dispatch-due', channel: deps.channel });

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        if (wakeUp === done) wakeUp = null;
        resolve();
      }
      wakeUp = done;
    });

  // Claim again when a quarter of the slots is free: big enough batches, no idle gap between them.
  const refillAt = Math.max(1, Math.floor(deps.concurrency / 4));

  const loop = async () => {
    while (!isStopped) {
      const free = deps.concurrency - inFlight.size;
      if (free < refillAt) {
        await Promise.race(inFlight);
        continue;
      }
      let claimed: Awaited<ReturnType<typeof deps.dispatch.claimDue>>;
      try {
        claimed = await deps.dispatch.claimDue(
          Math.min(deps.batchSize, free),
          deps.clock.now(),
          deps.channel,
        );
      } catch (error) {
        log.error({ err: error }, 'could not claim due messages');
        await sleep(deps.idleMs);
        continue;
      }
      for (const message of claimed) {
        const sending = deliverClaimedMessage(deps, message).catch((error: unknown) => {
          // The database failed while recording the result: the row stays in `sending` until the sweep
          // takes it for stale and it is tried again.
          log.error({ err: error, outboxId: message.id }, 'could not record a delivery');
        });
        inFlight.add(sending);
        void sending.finally(() => inFlight.delete(sending));
      }
      if (claimed.length === 0 && !isStopped) {
        if (inFlight.size > 0) await Promise.race([Promise.race(inFlight), sleep(deps.idleMs)]);
        else await sleep(deps.idleMs);
      }
    }
  };
  const running = loop();

  return {
    wake: () => wakeUp?.(),
    async stop() {
      isStopped = true;
      wakeUp?.();
      await running;
      await Promise.allSettled([...inFlight]);
    },
  };
}

const DISPATCHED_CHANNELS: readonly Channel[] = ['sms', 'email', 'push', 'in_app'];

/** One dispatcher per channel, woken and stopped together; `concurrency` is per channel. */
export function startDueDispatchers(deps: Omit<DueDispatcherDeps, 'channel'>): DueDispatcher {
  const dispatchers = DISPATCHED_CHANNELS.map((channel) => startDueDispatcher({ ...deps, channel }));
  return {
    wake: () => {
      for (const dispatcher of dispatchers) dispatcher.wake();
    },
    stop: async () => {
      await Promise.all(dispatchers.map((dispatcher) => dispatcher.stop()));
    },
  };
}

/**
 * Gathers "sent" marks and writes them in one statement every `maxWaitMs` or `maxItems`, whichever comes
 * first; each caller's promise settles with its flush. The price: a worker killed between a provider's
 * acceptance and the flush leaves up to one flush of messages in `sending`, which are sent again after the
 * stale time — a window of milliseconds, the same kind as with one UPDATE per message (docs/notifications.md).
 */
export function createSentMarkBatcher(
  flush: (sent: { id: string; providerMessageId: string | null }[]) => Promise<void>,
  options: { maxItems?: number; maxWaitMs?: number } = {},
) {
  const maxItems = options.maxItems ?? 100;
  const maxWaitMs = options.maxWaitMs ?? 10;
  type Waiting = { id: string; providerMessageId: string | null; done: (error?: unknown) => void };
  let waiting: Waiting[] = [];
  let timer: NodeJS.Timeout | null = null;
  const run = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = waiting;
    waiting = [];
    try {
      await flush(batch.map(({ id, providerMessageId }) => ({ id, providerMessageId })));
      for (const item of batch) item.done();
    } catch (error) {
      for (const item of batch) item.done(error);
    }
  };
  return {
    markSent(id: string, providerMessageId: string | null): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        waiting.push({ id, providerMessageId, done: (error) => (error ? reject(error) : resolve()) });
        if (waiting.length >= maxItems) void run();
        else timer ??= setTimeout(run, maxWaitMs);
      });
    },
  };
}
