import type { AuditChainProblemKind } from '@talon/core/audit';
import { checkAuditLog } from '../audit/check-audit-log';
import type { Database } from '../client';

const PROBLEMS: Record<AuditChainProblemKind, string> = {
  hash_mismatch: 'its fields no longer match its link (the entry was altered, or the link forged)',
  broken_link: 'its link does not follow the one before it (links removed, inserted or rewritten)',
  gap: 'entries before it are missing (deleted)',
  missing_entry: 'its link is there but the entry is gone (deleted)',
  unchained_entry: 'an entry inside the chain without a link (slipped in afterwards)',
  truncated: 'the chain ends before the last checkpoint (the newest entries were removed)',
  checkpoint_mismatch: 'its link differs from the signed checkpoint (the log was rewritten)',
  no_origin: 'the first link of the chain is missing',
  forged_checkpoint: 'the signature does not hold (forged or damaged)',
};

interface Printer {
  info: (line: string) => void;
  error: (line: string) => void;
}

/** `3 min`, `2 h 5 min`, `4 d 1 h`: the age of the unchained tail. */
function age(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return `${Math.max(0, Math.round(ms / 1000))} s`;
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/**
 * The logic of `npm run audit:verify`: checks the whole chain with the audit key, against the newest signed
 * checkpoint of `checkpointDir` when there is one, and prints the outcome: the linked prefix and its head,
 * the unchained tail and its age, the checkpoint compared with. Returns the exit code: 0 when intact, 1
 * naming the first broken entry (or a checkpoint file whose signature does not hold).
 */
export async function runAuditVerify(
  db: Database,
  key: Buffer,
  print: Printer,
  options: { checkpointDir?: string | null; batchSize?: number; now?: Date } = {},
): Promise<number> {
  const now = options.now ?? new Date();
  const { report, invalid, result } = await checkAuditLog(db, key, { ...options, now });
  for (const name of invalid) print.error(`audit checkpoint ${name}: ${PROBLEMS.forged_checkpoint}`);
  if (!report.problem) {
    print.info(
      `audit chain intact: ${report.count} entries` +
        (report.legacyCount ? ` (${report.legacyCount} of them in the older SHA-256 chain)` : ''),
    );
    // The head, to be noted elsewhere: an attacker who rewrites the whole chain cannot match it.
    if (report.head) print.info(`last linked entry: seq ${report.head.seq}, hash ${report.head.hash}`);
  } else {
    const { problem } = report;
    const at = problem.occurredAt ? ` (${problem.occurredAt.toISOString()}, ${problem.action})` : '';
    const before =
      problem.previousSeq === null ? '' : `; the entry linked before it: seq ${problem.previousSeq}`;
    print.error(
      `audit chain BROKEN at seq ${problem.seq}${at}: ${PROBLEMS[problem.kind]}${before}; ` +
        `${report.count} entries before it are intact`,
    );
  }
  if (report.tail.count) {
    const oldest = report.tail.oldestAt
      ? `, the oldest ${age(now.getTime() - report.tail.oldestAt.getTime())} old`
      : '';
    print.info(`not linked yet: ${report.tail.count} entries${oldest}`);
  }
  if (options.checkpointDir) {
    print.info(
      report.checkpoint
        ? `compared with the checkpoint of seq ${report.checkpoint.seq} written ${report.checkpoint.writtenAt.toISOString()}`
        : `no checkpoint in ${options.checkpointDir} yet`,
    );
  }
  return result.ok ? 0 : 1;
}
