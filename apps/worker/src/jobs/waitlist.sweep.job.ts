import type { Config } from '@talon/config';
import { DEFAULT_BOOKING_POLICY } from '@talon/core/booking';
import type { Clock } from '@talon/core/shared';
import {
  DEFAULT_WAITLIST_POLICY,
  sweepWaitlist,
  type WaitlistOfferPolicy,
  type WaitlistStore,
  type WaitlistSweepReport,
} from '@talon/core/waitlist';
import type { WorkerLogger } from '../logger';

export const WAITLIST_SWEEP_JOB = 'waitlist.sweep';
/**
 * Every minute: an offer lasts 15 minutes by default and the slot's hold outlasts it by two
 * (`OFFER_HOLD_GRACE_MS`), so an expired offer passes on before the slot could show as free.
 */
export const WAITLIST_SWEEP_CRON = '* * * * *';

/** The waitlist's numbers from the environment (BOOKING_WAITLIST_*) with booking's rules. */
export function waitlistPolicyOf(config: Config): WaitlistOfferPolicy {
  return {
    booking: { ...DEFAULT_BOOKING_POLICY, ...config.booking },
    waitlist: {
      ...DEFAULT_WAITLIST_POLICY,
      offerMinutes: config.booking.waitlistOfferMinutes,
      maxActiveEntries: config.booking.waitlistMaxEntries,
    },
  };
}

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
  const report = await sweepWaitlist({
    store: deps.store,
    clock: deps.clock,
    policy: waitlistPolicyOf(deps.config),
  });
  const { errors, ...counts } = report;
  if (counts.expiredEntries || counts.settledOffers || counts.offers || counts.released) {
    deps.logger.info(counts, 'waitlist swept');
  }
  for (const error of errors) deps.logger.error({ err: error }, 'waitlist offer failed');
  return report;
}
