import type { Config } from '@talon/config';
import type { Clock } from '@talon/core/shared';
import {
  sweepWaitlist,
  type WaitlistStore,
  type WaitlistSweepReport,
  waitlistPolicyOf,
} from '@talon/core/waitlist';
import type { WorkerLogger } from '../logger';

export const WAITLIST_SWEEP_JOB = 'waitlist.sweep';
/**
 * Every minute: an offer lasts 15 minutes by default and the slot's hold outlasts it by two
 * (`OFFER_HOLD_GRACE_MS`), so an expired offer passes on before the slot could show as free.
 */
export const WAITLIST_SWEEP_CRON = '* * * * *';

/**
 * The `waitlist.sweep` job: expires entries past their window, passes expired offers on to the next waiting
 * patient (or returns the slot to everyone) and offers new schedule slots to the entries waiting for them.
 */
export async function sweepWaitlistJob(deps: {
  store: WaitlistStore;
  clock: Clock;
  config: Config;
  logger: WorkerLogger;
}): Promise<WaitlistSweepReport> {
  const report = await sweepWaitlist(
    { store: deps.store, clock: deps.clock, policy: waitlistPolicyOf(deps.config.booking) },
    null,
  );
  const { errors, ...counts } = report;
  if (counts.expiredEntries || counts.settledOffers || counts.offers || counts.released) {
    deps.logger.info(counts, 'waitlist swept');
  }
  for (const error of errors) deps.logger.error({ err: error }, 'waitlist offer failed');
  return report;
}
