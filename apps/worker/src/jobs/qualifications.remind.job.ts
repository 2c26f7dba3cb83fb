import { type QualificationsDeps, sweepAccreditationReminders } from '@talon/core/qualifications';
import type { WorkerLogger } from '../logger';

export const REMIND_ACCREDITATIONS_JOB = 'qualifications.remind';
/**
 * Daily at 05:17 UTC (08:17 in Moscow, the morning in every Russian zone from Kaliningrad to Kamchatka's
 * evening): the accreditation reminders that became due (30, 14, 3 days before the last valid day). It also
 * runs at start, catching up after a pause; the outbox's dedupe keys make every run after the first a no-op.
 */
export const REMIND_ACCREDITATIONS_CRON = '17 5 * * *';

/** Writes the accreditation reminders due now (`sweepAccreditationReminders`); logs the count only. */
export async function remindAccreditationsJob(
  deps: QualificationsDeps & { logger: WorkerLogger },
): Promise<number> {
  const { written } = await sweepAccreditationReminders(deps, null);
  if (written > 0) deps.logger.info({ written }, 'accreditation reminders written');
  return written;
}
