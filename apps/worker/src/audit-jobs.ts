import { type Config, requireAuditKey } from '@talon/config';
import type { AuditChainCheck } from '@talon/core/audit';
import type { OutgoingMessage } from '@talon/core/messaging';
import type { Clock } from '@talon/core/shared';
import { createAuditChainer, type Database, type Queue } from '@talon/db';
import { startAuditChainLoop } from './jobs/audit.chain-entries.job';
import { AUDIT_VERIFY_CRON, AUDIT_VERIFY_JOB, verifyAuditJob } from './jobs/audit.verify.job';
import { WRITE_CHECKPOINT_JOB, writeAuditCheckpointJob } from './jobs/audit.write-checkpoint.job';
import { jobBindings, type WorkerLogger } from './logger';

export interface AuditJobs {
  /** Links every entry committed so far (tests, operators). */
  chainNow(): Promise<number>;
  /** Runs the daily verification now (tests, operators). */
  verify(): Promise<AuditChainCheck>;
  /** Writes a checkpoint of the head now; null when there is no checkpoint folder or the head has not moved. */
  writeCheckpoint(): Promise<string | null>;
  /** Stops the loops, links what committed until then and anchors the head (shutdown). */
  stop(): Promise<void>;
}

/**
 * The audit log's jobs in this worker process (issue 15 item 7, issue 16 item 1): the chainer's loop, a
 * signed checkpoint every AUDIT_CHECKPOINT_MINUTES (and at shutdown) when a checkpoint folder is configured,
 * and the daily `audit.verify` on the queue (one run per installation). Refuses to start without the audit
 * key outside demo mode (a ConfigError).
 */
export async function startAuditJobs(deps: {
  db: Database;
  config: Config;
  queue: Queue;
  clock: Clock;
  logger: WorkerLogger;
  send(message: OutgoingMessage): Promise<void>;
}): Promise<AuditJobs> {
  const { db, config, queue, clock, logger } = deps;
  const key = requireAuditKey(config);
  const chainer = createAuditChainer(db, key);
  const loop = startAuditChainLoop({ chainer, logger });

  const checkpointDir = config.audit.checkpointDir;
  const writeCheckpoint = async () =>
    checkpointDir
      ? writeAuditCheckpointJob({
          db,
          key,
          dir: checkpointDir,
          clock,
          logger: logger.child(jobBindings(WRITE_CHECKPOINT_JOB)),
        })
      : null;
  const checkpointTimer = checkpointDir
    ? setInterval(
        () =>
          void writeCheckpoint().catch((error: unknown) =>
            logger.error({ err: error, job: WRITE_CHECKPOINT_JOB }, 'audit checkpoint failed'),
          ),
        config.audit.checkpointMinutes * 60_000,
      )
    : null;
  checkpointTimer?.unref();

  const verify = (jobId?: string) =>
    verifyAuditJob({
      db,
      key,
      checkpointDir,
      chainer,
      officerEmail: config.audit.securityOfficerEmail,
      send: deps.send,
      clock,
      logger: logger.child(jobBindings(AUDIT_VERIFY_JOB, jobId)),
    });
  await queue.createQueue(AUDIT_VERIFY_JOB, {
    name: AUDIT_VERIFY_JOB,
    policy: 'short',
    retryLimit: 1,
    retryDelay: 600,
    // A long log takes minutes to recompute; a run that expires is simply run again.
    expireInSeconds: 3_600,
  });
  await queue.schedule(AUDIT_VERIFY_JOB, AUDIT_VERIFY_CRON, {}, { tz: 'UTC' });
  await queue.work(AUDIT_VERIFY_JOB, { pollingIntervalSeconds: 30 }, async ([job]) => {
    await verify(job?.id);
  });

  return {
    chainNow: () => chainer.chainNow(),
    verify: () => verify(),
    writeCheckpoint,
    async stop() {
      if (checkpointTimer) clearInterval(checkpointTimer);
      await loop.stop();
      try {
        await writeCheckpoint();
      } catch (error) {
        logger.error({ err: error, job: WRITE_CHECKPOINT_JOB }, 'audit checkpoint failed');
      }
    },
  };
}
