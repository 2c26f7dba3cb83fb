import type { Clock } from '@talon/core/shared';
import type { OutboxRepository } from '@talon/db';
import type { WorkerLogger } from '../logger';

export const SWEEP_JOB = 'outbox.sweep';

export interface SweepDeps {
  outbox: OutboxRepository;
  clock: Clock;
  /** A message left in `sending` this long is taken for lost (its worker died) and tried again. */
  staleAfterMs: number;
  /** Rows looked at per sweep. */
  batchSize: number;
  /** Queues one idempotent delivery job per id (singleton key = outbox id). */
  enqueueDelivery(outboxIds: string[]): Promise<void>;
  logger: WorkerLogger;
}

/**
 * The safety net of the outbox: messages whose job was lost (a crash between commit and kick, a queue
 * outage) or whose worker died mid-send get a delivery job again. Fan-out only; the delivery job decides.
 */
export async function sweepOutbox(deps: SweepDeps): Promise<{ requeued: number; enqueued: number }> {
  const now = deps.clock.now();
  const stale = await deps.outbox.requeueStale(new Date(now.getTime() - deps.staleAfterMs));
  if (stale.length) deps.logger.warn({ count: stale.length }, 'messages stuck in sending were requeued');
  const due = await deps.outbox.findDue(deps.batchSize, now);
  if (due.length) await deps.enqueueDelivery(due);
  return { requeued: stale.length, enqueued: due.length };
}
