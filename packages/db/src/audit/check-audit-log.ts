import type { AuditVerification } from '@talon/core/audit';
import type { DbExecutor } from '../client';
import { readLatestAuditCheckpoint } from './audit-checkpoints';
import { type AuditChainReport, verifyAuditChain } from './verify-audit-chain';

export interface AuditLogCheck {
  /** The chain's report, for `audit:verify`'s lines. */
  report: AuditChainReport;
  /** Checkpoint files whose signature does not hold. */
  invalid: string[];
  /** The outcome in short: what `POST /admin/audit/verify` answers and `audit:verify`'s exit code. */
  result: AuditVerification;
}

/**
 * The one check of the audit log (`npm run audit:verify` and the admin page's button): the whole chain with
 * the audit key, against the newest signed checkpoint of `checkpointDir` when there is one. A broken chain
 * names its first broken entry; a forged checkpoint file fails the check too (the number in its name).
 */
export async function checkAuditLog(
  executor: DbExecutor,
  key: Buffer,
  options: { checkpointDir?: string | null; batchSize?: number; now: Date },
): Promise<AuditLogCheck> {
  const { checkpoint, invalid } = options.checkpointDir
    ? await readLatestAuditCheckpoint(options.checkpointDir, key)
    : { checkpoint: null, invalid: [] };
  const report = await verifyAuditChain(executor, key, { batchSize: options.batchSize, checkpoint });
  const forged = invalid[0];
  const broken = report.problem
    ? { brokenAt: report.problem.seq, problem: report.problem.kind }
    : forged
      ? { brokenAt: Number(/\d+/.exec(forged)?.[0] ?? 0), problem: 'forged_checkpoint' as const }
      : {};
  const oldest = report.tail.count ? report.tail.oldestAt : null;
  const result: AuditVerification = {
    ok: !report.problem && invalid.length === 0,
    checked: report.count,
    ...broken,
    ...(oldest
      ? {
          unchainedTailAgeSeconds: Math.max(0, Math.floor((options.now.getTime() - oldest.getTime()) / 1000)),
        }
      : {}),
  };
  return { report, invalid, result };
}
