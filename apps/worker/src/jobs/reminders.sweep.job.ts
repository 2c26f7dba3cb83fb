import type { Config } from '@talon/config';
import type { ClaimedMessage } from '@talon/core/messaging';
import {
  deriveAppointmentLinkKey,
  isReminderStillDue,
  type ReminderSweepDeps,
  type ReminderSweepReport,
  sweepReminders,
} from '@talon/core/notifications';
import type { Clock } from '@talon/core/shared';
import { createRemindersRepository, type Database, type FieldCipher, type Queue } from '@talon/db';
import { jobBindings, type WorkerLogger } from '../logger';

export const SWEEP_REMINDERS_JOB = 'reminders.sweep';
/** Visits per planning transaction: small enough to keep locks short, large enough for 1 000 a second. */
const BATCH_SIZE = 500;
/** A run stops after this many batches per kind (1 000 000 reminders); the next run goes on. */
const MAX_BATCHES = 2_000;

export interface ReminderJobDeps {
  db: Database;
  cipher: Pick<FieldCipher, 'encrypt' | 'decrypt'>;
  config: Pick<Config, 'reminders' | 'secrets'>;
  clock: Clock;
  logger: WorkerLogger;
  pushSubscribers?: ReminderSweepDeps['pushSubscribers'];
}

/** The sweep's dependencies from the installation settings (offsets, public URL, link key). */
export function reminderSweepDeps(deps: ReminderJobDeps): ReminderSweepDeps {
  const { reminders } = deps.config;
  return {
    reminders: createRemindersRepository(deps.db, deps.cipher),
    clock: deps.clock,
    offsets: {
      emailHours: reminders.emailHours,
      smsHours: reminders.smsHours,
      pushMinutes: reminders.pushMinutes,
      catchUpMinutes: reminders.catchUpMinutes,
    },
    // Twice the interval: a run that starts late still covers what the previous one left.
    lookaheadMinutes: reminders.sweepMinutes * 2,
    batchSize: BATCH_SIZE,
    maxBatches: MAX_BATCHES,
    links: { key: deriveAppointmentLinkKey(deps.config.secrets.lookupKey), baseUrl: reminders.publicUrl },
    ...(deps.pushSubscribers ? { pushSubscribers: deps.pushSubscribers } : {}),
  };
}

/** One run of the reminder sweep (docs/domain.md rule 21, issue 5 item 6); logs counts only. */
export async function sweepRemindersJob(deps: ReminderJobDeps): Promise<ReminderSweepReport> {
  const started = Date.now();
  const report = await sweepReminders(reminderSweepDeps(deps), null);
  deps.logger.info({ report, ms: Date.now() - started }, 'reminders planned');
  return report;
}

/**
 * The deliver jobs' check at send time: a reminder whose visit is no longer upcoming (cancelled, moved,
 * started) is dropped, not sent, whatever the sweep planned.
 */
export function createReminderRecheck(db: Database, cipher: Pick<FieldCipher, 'encrypt' | 'decrypt'>) {
  const reminders = createRemindersRepository(db, cipher);
  return {
    isStillDue: (message: ClaimedMessage, now: Date) => isReminderStillDue(reminders, message, now),
    drop: (outboxId: string, reason: string, now: Date) => reminders.dropClaimed(outboxId, reason, now),
  };
}

/**
 * Schedules the sweep every `REMINDER_SWEEP_MINUTES` (pg-boss cron, one run at a time across workers) and
 * once at start. Returns a function that runs one sweep now (tests, operators).
 */
export async function scheduleReminderSweep(
  queue: Queue,
  deps: ReminderJobDeps,
): Promise<() => Promise<ReminderSweepReport>> {
  const run = (jobId?: string) =>
    sweepRemindersJob({ ...deps, logger: deps.logger.child(jobBindings(SWEEP_REMINDERS_JOB, jobId)) });
  await queue.createQueue(SWEEP_REMINDERS_JOB, {
    name: SWEEP_REMINDERS_JOB,
    policy: 'singleton',
    retryLimit: 1,
    retryDelay: 60,
    expireInSeconds: 3_600,
  });
  const minutes = deps.config.reminders.sweepMinutes;
  await queue.schedule(SWEEP_REMINDERS_JOB, `*/${minutes} * * * *`, {}, { tz: 'UTC' });
  await queue.work(SWEEP_REMINDERS_JOB, { pollingIntervalSeconds: 30 }, async ([job]) => {
    await run(job?.id);
  });
  await queue.send(SWEEP_REMINDERS_JOB, {}, { singletonKey: 'start' });
  return run;
}
