import type { Database } from '../client';
import { type AuditChainResult, createAuditRepository } from '../repositories/audit.repository';

const PROBLEMS: Record<Extract<AuditChainResult, { ok: false }>['problem'], string> = {
  hash_mismatch: 'its fields no longer match its hash (the entry was altered)',
  broken_link: 'it does not point to the hash of the entry before it (the chain was rewritten)',
  gap: 'entries before it are missing (deleted)',
};

/**
 * The logic of `npm run audit:verify`: checks the whole chain and prints the outcome. Returns the exit
 * code: 0 when intact, 1 naming the first broken entry.
 */
export async function runAuditVerify(
  db: Database,
  print: { info: (line: string) => void; error: (line: string) => void },
  options: { batchSize?: number } = {},
): Promise<number> {
  const result = await createAuditRepository(db).verifyChain(options);
  if (result.ok) {
    print.info(`audit chain intact: ${result.count} entries`);
    // The head hash, to be noted elsewhere: an attacker who rewrites the whole chain cannot match it.
    if (result.lastSeq !== null) print.info(`last entry: seq ${result.lastSeq}, hash ${result.lastHash}`);
    return 0;
  }
  const missing =
    result.problem === 'gap'
      ? ` (after seq ${result.previousSeq}; ${result.firstBrokenSeq - result.previousSeq - 1} missing)`
      : '';
  print.error(
    `audit chain BROKEN at seq ${result.firstBrokenSeq} (${result.occurredAt.toISOString()}, ${result.action}): ` +
      `${PROBLEMS[result.problem]}${missing}; ${result.count} entries before it are intact`,
  );
  return 1;
}
