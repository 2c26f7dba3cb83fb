import type { IdempotencyRepository } from '@talon/db';
import type { WorkerLogger } from '../logger';

export const PURGE_IDEMPOTENCY_JOB = 'idempotency.purge';
/** Hourly: keys live 24 h, so an hour's lag keeps the table at about a day of bookings. */
export const PURGE_IDEMPOTENCY_CRON = '17 * * * *';

/** Deletes the `Idempotency-Key` records whose 24 hours are over. */
export async function purgeIdempotencyKeysJob(deps: {
  keys: Pick<IdempotencyRepository, 'purgeExpired'>;
  clock: { now(): Date };
  logger: WorkerLogger;
}): Promise<number> {
  const purged = await deps.keys.purgeExpired(deps.clock.now());
  if (purged > 0) deps.logger.info({ purged }, 'expired idempotency keys deleted');
  return purged;
}
