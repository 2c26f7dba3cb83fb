import { type SurveysDeps, sweepSurveyInvitations } from '@talon/core/surveys';
import type { WorkerLogger } from '../logger';

export const INVITE_SURVEYS_JOB = 'surveys.invite';
/**
 * Hourly at 23 minutes past: the visits fulfilled 3 hours to 3 days ago get their survey invitation by
 * e-mail, once (docs/surveys.md «The invitation»). It also runs at start, catching up after a pause; the
 * outbox's dedupe key makes every later run for the same visit a no-op.
 */
export const INVITE_SURVEYS_CRON = '23 * * * *';

/** Writes the survey invitations due now (`sweepSurveyInvitations`); logs the count only. */
export async function inviteSurveysJob(
  deps: Pick<SurveysDeps, 'store' | 'clock'> & { logger: WorkerLogger },
): Promise<number> {
  const { written } = await sweepSurveyInvitations(deps, null);
  if (written > 0) deps.logger.info({ written }, 'survey invitations written');
  return written;
}
