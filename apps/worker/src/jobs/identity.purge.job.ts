import type { RetentionPurge, RetentionRepository } from '@talon/db';
import type { WorkerLogger } from '../logger';

export const PURGE_IDENTITY_JOB = 'identity.purge';
/** Daily, at a quiet hour (UTC): the retention periods are days, so a day's lag is nothing. */
export const PURGE_IDENTITY_CRON = '43 0 * * *';

/**
 * Deletes expired registrations, one-time codes, failed-login records, sessions and rate-limit windows once
 * their retention period is over (issue 15, item 11; 152-ФЗ; periods in `IDENTITY_RETENTION`).
 */
export async function purgeIdentityJob(deps: {
  retention: Pick<RetentionRepository, 'purgeExpired'>;
  clock: { now(): Date };
  logger: WorkerLogger;
}): Promise<RetentionPurge> {
  const purged = await deps.retention.purgeExpired(deps.clock.now());
  if (Object.values(purged).some((n) => n > 0)) deps.logger.info(purged, 'expired identity records deleted');
  return purged;
}
