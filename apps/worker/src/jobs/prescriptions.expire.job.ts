import { expirePrescriptions, type RecordsDeps } from '@talon/core/records';
import type { WorkerLogger } from '../logger';

export const EXPIRE_PRESCRIPTIONS_JOB = 'prescriptions.expire';
/**
 * Daily at 21:07 UTC, just after midnight in Moscow: prescriptions are valid through their last day by the
 * Moscow calendar (issue 12, item 4), so a run then expires those whose last day has just ended. It also
 * runs at start, catching up after a pause.
 */
export const EXPIRE_PRESCRIPTIONS_CRON = '7 21 * * *';

/** Expires signed or sent prescriptions past their validity (`expirePrescriptions`). */
export async function expirePrescriptionsJob(
  deps: Pick<RecordsDeps, 'store' | 'clock'> & { logger: WorkerLogger },
): Promise<number> {
  const { expired } = await expirePrescriptions(deps, null);
  if (expired > 0) deps.logger.info({ expired }, 'prescriptions expired');
  return expired;
}
