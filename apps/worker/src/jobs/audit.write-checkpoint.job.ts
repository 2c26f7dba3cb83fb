import type { Clock } from '@talon/core/shared';
import { type Database, readChainHead, writeAuditCheckpoint } from '@talon/db';
import type { WorkerLogger } from '../logger';

export const WRITE_CHECKPOINT_JOB = 'audit.write-checkpoint';

/**
 * Anchors the audit chain outside the database (issue 15 item 7): the chain's head as a signed checkpoint
 * file in `dir` (`writeAuditCheckpoint`). Every AUDIT_CHECKPOINT_MINUTES and at shutdown; nothing new is
 * written while the head has not moved. Returns the file written, or null.
 */
export async function writeAuditCheckpointJob(deps: {
  db: Database;
  key: Buffer;
  dir: string;
  clock: Clock;
  logger: WorkerLogger;
}): Promise<string | null> {
  const head = await readChainHead(deps.db);
  const file = await writeAuditCheckpoint(deps.dir, deps.key, head, deps.clock.now());
  if (file) deps.logger.info({ seq: head.seq }, 'audit checkpoint written');
  return file;
}
