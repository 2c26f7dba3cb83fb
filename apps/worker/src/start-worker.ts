import type { Config } from '@talon/config';
import { type Channel, DEFAULT_RETRY_POLICY, type RetryPolicy } from '@talon/core/messaging';
import type { RegenerateSlotsReport } from '@talon/core/scheduling';
import { type Clock, systemClock } from '@talon/core/shared';
import {
  createFieldCipher,
  createIdempotencyRepository,
  createOutboxRepository,
  createQueue,
  createSchedulingStore,
  type DatabaseHandle,
  QUEUE_POLLING_SECONDS,
  type Queue,
} from '@talon/db';
import type { MessageChannel } from './channels/channel';
import { selectChannels } from './channels/select-channels';
import {
  PURGE_IDEMPOTENCY_CRON,
  PURGE_IDEMPOTENCY_JOB,
  purgeIdempotencyKeysJob,
} from './jobs/idempotency.purge.job';
import {
  DELIVER_MESSAGE_JOB,
  type DeliverMessageData,
  deliverOutboxMessage,
} from './jobs/outbox.deliver-message.job';
import { SWEEP_JOB, sweepOutbox } from './jobs/outbox.sweep.job';
import {
  GENERATE_SLOTS_CRON,
  GENERATE_SLOTS_JOB,
  type GenerateSlotsData,
  generateSlotsJob,
} from './jobs/slots.generate.job';
import type { WorkerLogger } from './logger';

export interface WorkerOptions {
  database: DatabaseHandle;
  config: Config;
  /** Outbox times (due, sent, next try). The queue itself runs on the database's clock. */
  clock?: Clock;
  logger: WorkerLogger;
  /** Tests: replace a channel (a failing one, a recorder). */
  channels?: Partial<Record<Channel, MessageChannel>>;
  retryPolicy?: RetryPolicy;
  /** How often the sweep runs; 5 s. */
  sweepIntervalMs?: number;
  /** When a message stuck in `sending` is taken for lost; 5 min, well past the 30 s channel timeouts. */
  staleAfterMs?: number;
  /** Delivery jobs worked at once in this process; 1 on PGlite (one connection), 4 on PostgreSQL. */
  concurrency?: number;
  /**
   * Generate slots daily and once at start (default true). Tests turn it off: a run deletes the free
   * slots no schedule template asks for, such as a test's hand-made ones; `generateSlots()` still works.
   */
  scheduleSlotGeneration?: boolean;
}

/** Hands outbox ids to the queue after the transaction that wrote them committed. */
export interface OutboxKicker {
  kick(outboxIds: readonly string[]): Promise<void>;
}

export interface Worker extends OutboxKicker {
  /** Stops taking jobs, waits for those in flight (up to 10 s) and closes the channels. */
  stop(): Promise<void>;
  /** Runs one sweep now (tests, and once at start). */
  sweep(): Promise<void>;
  /** Runs the slot generation now, for one role or all (tests, operators). */
  generateSlots(data?: GenerateSlotsData): Promise<RegenerateSlotsReport>;
}

/** The delivery queue is "short": at most one waiting job per outbox id, so kicks and sweeps do not pile up. */
async function createOutboxQueues(queue: Queue) {
  await queue.createQueue(DELIVER_MESSAGE_JOB, {
    name: DELIVER_MESSAGE_JOB,
    policy: 'short',
    // Only infrastructure errors (the database) fail a job; message failures are retried by the outbox.
    retryLimit: 2,
    retryDelay: 5,
    expireInSeconds: 120,
  });
  await queue.createQueue(SWEEP_JOB, {
    name: SWEEP_JOB,
    policy: 'short',
    retryLimit: 0,
    expireInSeconds: 120,
  });
}

const enqueueDeliveries = async (queue: Queue, outboxIds: readonly string[], startAfter?: Date) => {
  for (const outboxId of outboxIds) {
    await queue.send(DELIVER_MESSAGE_JOB, { outboxId } satisfies DeliverMessageData, {
      singletonKey: outboxId,
      ...(startAfter ? { startAfter } : {}),
    });
  }
};

/**
 * Starts the message worker on the queue in this process: the `outbox.deliver-message` job (one per outbox
 * id) and the `outbox.sweep` job every few seconds. In the API process on PGlite (and on PostgreSQL unless
 * WORKER_IN_PROCESS=0) or standalone (`npm run worker`). Throws a ConfigError in production when a channel
 * is not configured.
 */
export async function startWorker(options: WorkerOptions): Promise<Worker> {
  const { database, config } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger.child({ component: 'worker' });
  const channels = { ...selectChannels(config, database.db), ...options.channels };
  const outbox = createOutboxRepository(database.db, createFieldCipher(config.secrets));
  const queue = await createQueue(database, {
    onError: (error) => logger.error({ err: error }, 'queue error'),
  });
  await createOutboxQueues(queue);

  const deliverWorkerIds: string[] = [];
  const concurrency = options.concurrency ?? (database.kind === 'pglite' ? 1 : 4);
  for (let i = 0; i < concurrency; i++) {
    const id = await queue.work<DeliverMessageData>(
      DELIVER_MESSAGE_JOB,
      { pollingIntervalSeconds: QUEUE_POLLING_SECONDS, batchSize: 1 },
      async (jobs) => {
        for (const job of jobs) {
          await deliverOutboxMessage(
            {
              outbox,
              channels,
              clock,
              retryPolicy: options.retryPolicy ?? DEFAULT_RETRY_POLICY,
              scheduleRetry: (outboxId, at) => enqueueDeliveries(queue, [outboxId], at),
              logger: logger.child({ job: DELIVER_MESSAGE_JOB, jobId: job.id }),
            },
            job.data.outboxId,
          );
        }
      },
    );
    deliverWorkerIds.push(id);
  }

  const sweep = async () => {
    await sweepOutbox({
      outbox,
      clock,
      staleAfterMs: options.staleAfterMs ?? 5 * 60_000,
      batchSize: 200,
      enqueueDelivery: (ids) => enqueueDeliveries(queue, ids),
      logger: logger.child({ job: SWEEP_JOB }),
    });
  };
  const sweepWorkerId = await queue.work(SWEEP_JOB, { pollingIntervalSeconds: QUEUE_POLLING_SECONDS }, sweep);
  const requestSweep = () =>
    queue.send(SWEEP_JOB, {}, { singletonKey: SWEEP_JOB }).then(
      () => queue.notifyWorker(sweepWorkerId),
      (error: unknown) => logger.error({ err: error }, 'could not queue the outbox sweep'),
    );
  const sweepTimer = setInterval(requestSweep, options.sweepIntervalMs ?? 5_000);
  sweepTimer.unref();
  void requestSweep();

  const generateSlots = (data: GenerateSlotsData = {}) =>
    generateSlotsJob(
      { store: createSchedulingStore(database.db), clock, logger: logger.child({ job: GENERATE_SLOTS_JOB }) },
      data,
    );
  await queue.createQueue(GENERATE_SLOTS_JOB, {
    name: GENERATE_SLOTS_JOB,
    policy: 'short',
    retryLimit: 1,
    retryDelay: 300,
    // The large set (~5 000 roles) takes minutes; a run is idempotent, so an expired one is simply redone.
    expireInSeconds: 3_600,
  });
  const isSlotGenerationScheduled = options.scheduleSlotGeneration ?? true;
  if (isSlotGenerationScheduled) {
    await queue.schedule(GENERATE_SLOTS_JOB, GENERATE_SLOTS_CRON, {}, { tz: 'UTC', singletonKey: 'daily' });
  }
  await queue.work<GenerateSlotsData>(GENERATE_SLOTS_JOB, { pollingIntervalSeconds: 5 }, async (jobs) => {
    for (const job of jobs) await generateSlots(job.data ?? {});
  });
  if (isSlotGenerationScheduled) {
    // After a restart or a long pause the horizon may lag behind; the run is idempotent.
    await queue.send(GENERATE_SLOTS_JOB, {}, { singletonKey: 'start' });
  }

  const purgeIdempotencyKeys = () =>
    purgeIdempotencyKeysJob({
      keys: createIdempotencyRepository(database.db),
      clock,
      logger: logger.child({ job: PURGE_IDEMPOTENCY_JOB }),
    });
  await queue.createQueue(PURGE_IDEMPOTENCY_JOB, { name: PURGE_IDEMPOTENCY_JOB, policy: 'short' });
  await queue.schedule(PURGE_IDEMPOTENCY_JOB, PURGE_IDEMPOTENCY_CRON, {}, { tz: 'UTC' });
  await queue.work(PURGE_IDEMPOTENCY_JOB, { pollingIntervalSeconds: 30 }, async () => {
    await purgeIdempotencyKeys();
  });

  let isStopped = false;
  logger.info({ concurrency, sms: channels.sms.name, email: channels.email.name }, 'worker started');
  return {
    async kick(outboxIds) {
      if (isStopped || outboxIds.length === 0) return;
      await enqueueDeliveries(queue, outboxIds);
      // Wake the local workers now rather than at their next poll.
      for (const id of deliverWorkerIds) queue.notifyWorker(id);
    },
    sweep,
    generateSlots,
    async stop() {
      if (isStopped) return;
      isStopped = true;
      clearInterval(sweepTimer);
      await queue.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
      await Promise.all(Object.values(channels).map((channel) => channel.close?.()));
    },
  };
}
