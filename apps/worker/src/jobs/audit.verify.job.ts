import { type AuditChainCheck, auditCheckMessage } from '@talon/core/audit';
import type { OutgoingMessage } from '@talon/core/messaging';
import type { Clock } from '@talon/core/shared';
import { type AuditChainer, checkAuditLog, type Database } from '@talon/db';
import type { WorkerLogger } from '../logger';

export const AUDIT_VERIFY_JOB = 'audit.verify';
/** Daily at 03:20 UTC, after the night's slot generation. */
export const AUDIT_VERIFY_CRON = '20 3 * * *';

export interface AuditVerifyDeps {
  db: Database;
  key: Buffer;
  /** Where the signed checkpoints are (null: none are kept by this process). */
  checkpointDir: string | null;
  chainer: Pick<AuditChainer, 'chainNow'>;
  /** The security officer's address (SECURITY_OFFICER_EMAIL); null: the log line is the only alert. */
  officerEmail: string | null;
  /** Writes the message to the outbox and hands it to delivery. */
  send(message: OutgoingMessage): Promise<void>;
  clock: Clock;
  logger: WorkerLogger;
}

/**
 * The daily verification of the audit log (issue 15 item 7): links what is pending, then checks the whole
 * chain against the newest signed checkpoint. A break is logged at error level — the kind and the entry's
 * number, never a person's data — and emailed to the security officer; an intact chain sends the officer
 * its verified head, an anchor kept outside the installation.
 */
export async function verifyAuditJob(deps: AuditVerifyDeps): Promise<AuditChainCheck> {
  await deps.chainer.chainNow();
  const { report, result } = await checkAuditLog(deps.db, deps.key, {
    checkpointDir: deps.checkpointDir,
    now: deps.clock.now(),
  });
  const check: AuditChainCheck = {
    problem: result.problem ? { kind: result.problem, seq: result.brokenAt ?? 0 } : null,
    head: report.head,
    count: report.count,
  };
  if (check.problem) {
    deps.logger.error(
      {
        problem: check.problem.kind,
        seq: check.problem.seq,
        previousSeq: report.problem?.previousSeq ?? null,
        intact: report.count,
      },
      'audit chain broken',
    );
  } else {
    deps.logger.info(
      { count: report.count, headSeq: report.head?.seq ?? null, unchained: report.tail.count },
      'audit chain verified',
    );
  }
  if (deps.officerEmail) {
    await deps.send(auditCheckMessage(check, deps.officerEmail, deps.clock.now()));
  } else if (check.problem) {
    deps.logger.warn({}, 'SECURITY_OFFICER_EMAIL is not set: nobody was emailed about the broken chain');
  }
  return check;
}
