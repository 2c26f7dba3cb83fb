import type { Config } from '@talon/config';
import type { AuditChainCheck } from '@talon/core/audit';
import { type Channel, DEFAULT_RETRY_POLICY, type RetryPolicy } from '@talon/core/messaging';
import type { ReminderSweepReport } from '@talon/core/notifications';
import type { RegenerateSlotsReport } from '@talon/core/scheduling';
import { type Clock, systemClock } from '@talon/core/shared';
import type { WaitlistSweepReport } from '@talon/core/waitlist';
import {
  createAnalyticsRollupRepository,
  createFieldCipher,
  createFileStore,
  createIdempotencyRepository,
  createOutboxDispatchRepository,
  createOutboxRepository,
  createPushSubscriptionRepository,
  createQualificationsStore,
  createQueue,
  createRecordsStore,
  createRetentionRepository,
  createSchedulingStore,
  createSubscriptionDeliveryRepository,
  createSurveysStore,
  createUploadsStore,
  createWaitlistStore,
  type DatabaseHandle,
  QUEUE_POLLING_SECONDS,
  type Queue,
} from '@talon/db';
import { startAuditJobs } from './audit-jobs';
import { createAccountChannels } from './channels/account-channels';
import type { MessageChannel } from './channels/channel';
import { postPush } from './channels/push-request';
import { withRateLimit } from './channels/rate-limit';
import { selectChannels } from './channels/select-channels';
import { ROLLUP_ANALYTICS_CRON, ROLLUP_ANALYTICS_JOB, rollUpAnalyticsJob } from './jobs/analytics.rollup.job';
import { startRestHookDispatcher } from './jobs/fhir-subscriptions.deliver.job';
import {
  PURGE_IDEMPOTENCY_CRON,
  PURGE_IDEMPOTENCY_JOB,
  purgeIdempotencyKeysJob,
} from './jobs/idempotency.purge.job';
import { PURGE_IDENTITY_CRON, PURGE_IDENTITY_JOB, purgeIdentityJob } from './jobs/identity.purge.job';
import {
  DELIVER_MESSAGE_JOB,
  type DeliverMessageData,
  deliverOutboxMessage,
} from './jobs/outbox.deliver-message.job';
import { createSentMarkBatcher, startDueDispatchers } from './jobs/outbox.dispatch-due.job';
import { SWEEP_JOB, sweepOutbox } from './jobs/outbox.sweep.job';
import {
  EXPIRE_PRESCRIPTIONS_CRON,
  EXPIRE_PRESCRIPTIONS_JOB,
  expirePrescriptionsJob,
} from './jobs/prescriptions.expire.job';
import {
  REMIND_ACCREDITATIONS_CRON,
  REMIND_ACCREDITATIONS_JOB,
  remindAccreditationsJob,
} from './jobs/qualifications.remind.job';
import { createReminderRecheck, scheduleReminderSweep } from './jobs/reminders.sweep.job';
import {
  GENERATE_SLOTS_CRON,
  GENERATE_SLOTS_JOB,
  type GenerateSlotsData,
  generateSlotsJob,
} from './jobs/slots.generate.job';
import { INVITE_SURVEYS_CRON, INVITE_SURVEYS_JOB, inviteSurveysJob } from './jobs/surveys.invite.job';
import { PURGE_UPLOADS_CRON, PURGE_UPLOADS_JOB, purgeUploadsJob } from './jobs/uploads.purge.job';
import { sweepWaitlistJob, WAITLIST_SWEEP_CRON, WAITLIST_SWEEP_JOB } from './jobs/waitlist.sweep.job';
import { jobBindings, type WorkerLogger } from './logger';

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
  /** Runs the reminder sweep now (tests, operators); it also runs every REMINDER_SWEEP_MINUTES. */
  sweepReminders(): Promise<ReminderSweepReport>;
  /** Runs the waitlist sweep now (tests, operators); it also runs every minute. */
  sweepWaitlist(): Promise<WaitlistSweepReport>;
  /** Links every audit entry committed so far (tests, operators); the chainer does it every second. */
  chainAudit(): Promise<number>;
  /** Runs the daily audit verification now (tests, operators). */
  verifyAudit(): Promise<AuditChainCheck>;
  /** Deletes the uploads unattached for 24 hours now (tests, operators); it also runs hourly. */
  purgeUploads(): Promise<number>;
  /** Expires the prescriptions past their validity now (tests, operators); it also runs daily and at start. */
  expirePrescriptions(): Promise<number>;
  /** Writes the accreditation reminders due now (tests, operators); it also runs daily and at start. */
  remindAccreditations(): Promise<number>;
  /** Writes the survey invitations due now (tests, operators); it also runs hourly and at start. */
  inviteSurveys(): Promise<number>;
  /** Recomputes the analytics rollup's closed days now (tests, operators); it also runs daily and at start. */
  rollUpAnalytics(): Promise<{ closedThrough: string; rows: number }>;
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
 * id) and the `outbox.sweep` job every few seconds, and the audit log's chainer, checkpoints and daily
 * verification (`audit-jobs.ts`). In the API process on PGlite (and on PostgreSQL unless
 * WORKER_IN_PROCESS=0) or standalone (`npm run worker`). Throws a ConfigError in production when a channel
 * is not configured.
 */
export async function startWorker(options: WorkerOptions): Promise<Worker> {
  const { database, config } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger.child({ component: 'worker' });
  const cipher = createFieldCipher(config.secrets);
  const rates = config.delivery.ratePerSecond;
  const contactChannels = selectChannels(config, database.db);
  const accountChannels = await createAccountChannels(config, database.db, cipher);
  // Rate limits wrap the configured channels (the development sink too); a test's replacement is used as given.
  const channels: Record<Channel, MessageChannel> = {
    sms: withRateLimit(contactChannels.sms, rates.sms),
    email: withRateLimit(contactChannels.email, rates.email),
    push: withRateLimit(accountChannels.push, rates.push),
    in_app: accountChannels.in_app,
    ...options.channels,
  };
  const outbox = createOutboxRepository(database.db, cipher);
  // Reminders of visits cancelled or moved since they were planned are dropped at send time (rule 21).
  const recheck = createReminderRecheck(database.db, cipher);
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
              logger: logger.child(jobBindings(DELIVER_MESSAGE_JOB, job.id)),
              recheck,
              publicUrl: config.reminders.publicUrl,
            },
            job.data.outboxId,
          );
        }
      },
    );
    deliverWorkerIds.push(id);
  }

  // The bulk path: due messages claimed in batches per channel (reminders by the thousand); PGlite has one
  // connection, so it sends fewer at once.
  const dispatchRepository = createOutboxDispatchRepository(database.db, cipher);
  const sentMarks = createSentMarkBatcher((sent) => dispatchRepository.markSentMany(sent, clock.now()));
  const dispatcher = startDueDispatchers({
    // Sent marks go out in batches: one UPDATE per flush rather than one per message.
    outbox: { ...outbox, markSent: (id, providerMessageId) => sentMarks.markSent(id, providerMessageId) },
    channels,
    clock,
    retryPolicy: options.retryPolicy ?? DEFAULT_RETRY_POLICY,
    logger,
    dispatch: dispatchRepository,
    recheck,
    publicUrl: config.reminders.publicUrl,
    batchSize: config.delivery.dispatch.batchSize,
    concurrency:
      database.kind === 'pglite'
        ? Math.min(4, config.delivery.dispatch.concurrency)
        : config.delivery.dispatch.concurrency,
    idleMs: options.sweepIntervalMs ? Math.min(1_000, options.sweepIntervalMs) : 1_000,
  });

  // FHIR rest-hook notifications (docs/fhir.md «Subscriptions»): their own outbox, polled every second.
  const restHooks = startRestHookDispatcher({
    deliveries: createSubscriptionDeliveryRepository(database.db, cipher),
    post: (url, init) =>
      postPush(url, {
        ...init,
        timeoutMs: 10_000,
        allowPrivate: config.delivery.allowInsecurePushEndpoints,
      }),
    clock,
    logger: logger.child({ job: 'fhir-subscriptions.deliver' }),
    staleAfterMs: options.staleAfterMs ?? config.delivery.staleAfterMs,
    batchSize: 50,
    intervalMs: options.sweepIntervalMs ? Math.min(1_000, options.sweepIntervalMs) : 1_000,
    kickOutbox: async (ids) => {
      dispatcher.wake();
      await enqueueDeliveries(queue, ids);
    },
  });

  const sweep = async ([job]: { id: string }[] = []) => {
    await sweepOutbox({
      outbox,
      clock,
      staleAfterMs: options.staleAfterMs ?? config.delivery.staleAfterMs,
      batchSize: 200,
      enqueueDelivery: (ids) => enqueueDeliveries(queue, ids),
      logger: logger.child(jobBindings(SWEEP_JOB, job?.id)),
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

  const generateSlots = (data: GenerateSlotsData = {}, jobId?: string) =>
    generateSlotsJob(
      {
        store: createSchedulingStore(database.db),
        clock,
        logger: logger.child(jobBindings(GENERATE_SLOTS_JOB, jobId)),
      },
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
    for (const job of jobs) await generateSlots(job.data ?? {}, job.id);
  });
  if (isSlotGenerationScheduled) {
    // After a restart or a long pause the horizon may lag behind; the run is idempotent.
    await queue.send(GENERATE_SLOTS_JOB, {}, { singletonKey: 'start' });
  }

  const purgeIdempotencyKeys = (jobId?: string) =>
    purgeIdempotencyKeysJob({
      keys: createIdempotencyRepository(database.db, cipher),
      clock,
      logger: logger.child(jobBindings(PURGE_IDEMPOTENCY_JOB, jobId)),
    });
  await queue.createQueue(PURGE_IDEMPOTENCY_JOB, { name: PURGE_IDEMPOTENCY_JOB, policy: 'short' });
  await queue.schedule(PURGE_IDEMPOTENCY_JOB, PURGE_IDEMPOTENCY_CRON, {}, { tz: 'UTC' });
  await queue.work(PURGE_IDEMPOTENCY_JOB, { pollingIntervalSeconds: 30 }, async ([job]) => {
    await purgeIdempotencyKeys(job?.id);
  });

  const purgeUploads = (jobId?: string) =>
    purgeUploadsJob({
      store: createUploadsStore(database.db),
      files: createFileStore(config.secrets, config.uploads.s3),
      clock,
      logger: logger.child(jobBindings(PURGE_UPLOADS_JOB, jobId)),
    });
  await queue.createQueue(PURGE_UPLOADS_JOB, { name: PURGE_UPLOADS_JOB, policy: 'short' });
  await queue.schedule(PURGE_UPLOADS_JOB, PURGE_UPLOADS_CRON, {}, { tz: 'UTC' });
  await queue.work(PURGE_UPLOADS_JOB, { pollingIntervalSeconds: 30 }, async ([job]) => {
    await purgeUploads(job?.id);
  });
  const expirePrescriptions = (jobId?: string) =>
    expirePrescriptionsJob({
      store: createRecordsStore(database.db, cipher),
      clock,
      logger: logger.child(jobBindings(EXPIRE_PRESCRIPTIONS_JOB, jobId)),
    });
  await queue.createQueue(EXPIRE_PRESCRIPTIONS_JOB, { name: EXPIRE_PRESCRIPTIONS_JOB, policy: 'short' });
  await queue.schedule(EXPIRE_PRESCRIPTIONS_JOB, EXPIRE_PRESCRIPTIONS_CRON, {}, { tz: 'UTC' });
  await queue.work(EXPIRE_PRESCRIPTIONS_JOB, { pollingIntervalSeconds: 30 }, async ([job]) => {
    await expirePrescriptions(job?.id);
  });
  // After a restart or a long pause the prescriptions whose day has passed expire now.
  await queue.send(EXPIRE_PRESCRIPTIONS_JOB, {}, { singletonKey: 'start' });
  const remindAccreditations = (jobId?: string) =>
    remindAccreditationsJob({
      store: createQualificationsStore(database.db, cipher, {
        afterCommit: (ids) =>
          void enqueueDeliveries(queue, ids).catch((error: unknown) =>
            logger.warn({ err: error }, 'could not queue accreditation reminders; the sweep will send them'),
          ),
      }),
      clock,
      logger: logger.child(jobBindings(REMIND_ACCREDITATIONS_JOB, jobId)),
    });
  await queue.createQueue(REMIND_ACCREDITATIONS_JOB, { name: REMIND_ACCREDITATIONS_JOB, policy: 'short' });
  await queue.schedule(REMIND_ACCREDITATIONS_JOB, REMIND_ACCREDITATIONS_CRON, {}, { tz: 'UTC' });
  await queue.work(REMIND_ACCREDITATIONS_JOB, { pollingIntervalSeconds: 30 }, async ([job]) => {
    await remindAccreditations(job?.id);
  });
  await queue.send(REMIND_ACCREDITATIONS_JOB, {}, { singletonKey: 'start' });
  const inviteSurveys = (jobId?: string) =>
    inviteSurveysJob({
      store: createSurveysStore(database.db, cipher, {
        afterCommit: (ids) =>
          void enqueueDeliveries(queue, ids).catch((error: unknown) =>
            logger.warn({ err: error }, 'could not queue survey invitations; the sweep will send them'),
          ),
      }),
      clock,
      logger: logger.child(jobBindings(INVITE_SURVEYS_JOB, jobId)),
    });
  await queue.createQueue(INVITE_SURVEYS_JOB, { name: INVITE_SURVEYS_JOB, policy: 'short' });
  await queue.schedule(INVITE_SURVEYS_JOB, INVITE_SURVEYS_CRON, {}, { tz: 'UTC' });
  await queue.work(INVITE_SURVEYS_JOB, { pollingIntervalSeconds: 30 }, async ([job]) => {
    await inviteSurveys(job?.id);
  });
  await queue.send(INVITE_SURVEYS_JOB, {}, { singletonKey: 'start' });
  const purgeIdentity = (jobId?: string) =>
    purgeIdentityJob({
      retention: createRetentionRepository(database.db),
      clock,
      logger: logger.child(jobBindings(PURGE_IDENTITY_JOB, jobId)),
    });
  await queue.createQueue(PURGE_IDENTITY_JOB, { name: PURGE_IDENTITY_JOB, policy: 'short' });
  await queue.schedule(PURGE_IDENTITY_JOB, PURGE_IDENTITY_CRON, {}, { tz: 'UTC' });
  await queue.work(PURGE_IDENTITY_JOB, { pollingIntervalSeconds: 30 }, async ([job]) => {
    await purgeIdentity(job?.id);
  });

  const rollUpAnalytics = (jobId?: string) =>
    rollUpAnalyticsJob({
      rollup: createAnalyticsRollupRepository(database.db),
      clock,
      logger: logger.child(jobBindings(ROLLUP_ANALYTICS_JOB, jobId)),
    });
  // The first run backfills the whole history: minutes on a large installation; a rerun is harmless.
  await queue.createQueue(ROLLUP_ANALYTICS_JOB, {
    name: ROLLUP_ANALYTICS_JOB,
    policy: 'short',
    expireInSeconds: 3_600,
  });
  await queue.schedule(ROLLUP_ANALYTICS_JOB, ROLLUP_ANALYTICS_CRON, {}, { tz: 'UTC' });
  await queue.work(ROLLUP_ANALYTICS_JOB, { pollingIntervalSeconds: 30 }, async ([job]) => {
    await rollUpAnalytics(job?.id);
  });
  await queue.send(ROLLUP_ANALYTICS_JOB, {}, { singletonKey: 'start' });

  const pushSubscriptions = createPushSubscriptionRepository(database.db, cipher);
  const sweepReminders = await scheduleReminderSweep(queue, {
    db: database.db,
    cipher,
    config,
    clock,
    logger,
    // The push reminder (2 hours before) goes only to accounts with a browser subscribed.
    pushSubscribers: (accountIds) => pushSubscriptions.subscribedAccounts(accountIds),
  });

  const sweepWaitlist = (jobId?: string) =>
    sweepWaitlistJob({
      // Offers' SMS go out at once: the rows are kicked after the offer's commit.
      store: createWaitlistStore(database.db, cipher, {
        // The outbox sweep is the safety net; a failed kick only delays the message, but is worth a log line.
        afterCommit: (ids) =>
          void enqueueDeliveries(queue, ids).catch((error: unknown) =>
            logger.warn({ err: error }, 'could not queue offer messages; the sweep will send them'),
          ),
      }),
      clock,
      config,
      logger: logger.child(jobBindings(WAITLIST_SWEEP_JOB, jobId)),
    });
  await queue.createQueue(WAITLIST_SWEEP_JOB, {
    name: WAITLIST_SWEEP_JOB,
    policy: 'short',
    retryLimit: 0,
    expireInSeconds: 120,
  });
  await queue.schedule(WAITLIST_SWEEP_JOB, WAITLIST_SWEEP_CRON, {}, { tz: 'UTC' });
  await queue.work(WAITLIST_SWEEP_JOB, { pollingIntervalSeconds: 10 }, async ([job]) => {
    await sweepWaitlist(job?.id);
  });

  const audit = await startAuditJobs({
    db: database.db,
    config,
    queue,
    clock,
    logger,
    send: async (message) => {
      const { id, isNew } = await outbox.enqueue(message);
      if (isNew) await enqueueDeliveries(queue, [id]);
    },
  });

  let isStopped = false;
  logger.info({ concurrency, sms: channels.sms.name, email: channels.email.name }, 'worker started');
  return {
    sweepReminders,
    sweepWaitlist,
    chainAudit: () => audit.chainNow(),
    verifyAudit: () => audit.verify(),
    purgeUploads: () => purgeUploads(),
    expirePrescriptions: () => expirePrescriptions(),
    remindAccreditations: () => remindAccreditations(),
    inviteSurveys: () => inviteSurveys(),
    rollUpAnalytics: () => rollUpAnalytics(),
    async kick(outboxIds) {
      if (isStopped || outboxIds.length === 0) return;
      dispatcher.wake();
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
      await dispatcher.stop();
      await restHooks.stop();
      await queue.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
      // Last: links what committed until now and anchors the head in a checkpoint.
      await audit.stop();
      await Promise.all(Object.values(channels).map((channel) => channel.close?.()));
    },
  };
}
