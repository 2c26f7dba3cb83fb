import { localDate } from '../shared';
import { EARLIEST_ZONE } from './join-waitlist';
import { enqueueLapsedHoldMessage, LAPSED_HOLD_LOOKBACK_MS } from './lapsed-holds';
import { offerSlotToWaitlist } from './offer-slot';
import type { WaitlistDeps } from './waitlist-deps';
import { enqueueOfferExpiredMessage } from './waitlist-messages';

export interface WaitlistSweepReport {
  expiredEntries: number;
  /** Offers settled: expired, or their slot or entry moved on. */
  settledOffers: number;
  /** Offers made: a settled offer's slot passed on, or a new slot offered. */
  offers: number;
  /** Slots whose last offer ended with nobody left: public again. */
  released: number;
  /**
   * Lapsed unbooked holds seen (the waitlist sweep is the minute's hold sweep); each is told once, as the
   * outbox drops the repeats of later sweeps.
   */
  lapsedHolds: number;
  /** Items that failed (logged by the job; the next run tries them again). */
  errors: unknown[];
}

/**
 * The waitlist's periodic work (every minute, `waitlist.sweep` job): entries past their window expire; an
 * offer that expired (or whose entry was closed) goes to the next waiting patient, and only when nobody is
 * left does the slot return to everyone; new slots (schedule generation, extra hours) are offered to the
 * entries waiting for them; a patient whose 5-minute hold ran out unbooked is told (in the app, by push). One
 * transaction per slot, so one failure does not stop the rest. The system's own job: no principal.
 */
export async function sweepWaitlist(
  deps: Pick<WaitlistDeps, 'store' | 'clock' | 'policy'>,
  _principal: null,
  options: { batchSize?: number } = {},
): Promise<WaitlistSweepReport> {
  const batchSize = options.batchSize ?? 100;
  const now = deps.clock.now();
  const report: WaitlistSweepReport = {
    expiredEntries: 0,
    settledOffers: 0,
    offers: 0,
    released: 0,
    lapsedHolds: 0,
    errors: [],
  };
  report.expiredEntries = await deps.store.transaction((repos) =>
    repos.waitlist.expireEntries(localDate(now, EARLIEST_ZONE), now),
  );
  const due = await deps.store.read((repos) => repos.waitlist.dueOffers(now, batchSize));
  for (const offer of due) {
    try {
      await deps.store.transaction(async (repos) => {
        await repos.waitlist.lockSlot(offer.slotId);
        if (!(await repos.waitlist.closeOffer(offer.id, 'expired', now))) return;
        report.settledOffers++;
        // Ran out unanswered (not settled by a booking or by leaving the list): say so to the patient.
        if (offer.expiresAt.getTime() <= now.getTime()) await enqueueOfferExpiredMessage(repos, offer, now);
        const next = await offerSlotToWaitlist(repos, deps.policy, {
          slotId: offer.slotId,
          now,
          passingFromPatientId: offer.patientId,
        });
        if (next) {
          report.offers++;
          return;
        }
        await repos.waitlist.releaseHold(offer.slotId, offer.patientId);
        report.released++;
      });
    } catch (error) {
      report.errors.push(error);
    }
  }
  const fresh = await deps.store.read((repos) => repos.waitlist.newSlotIds(now, batchSize));
  for (const slotId of fresh) {
    try {
      const offered = await deps.store.transaction((repos) =>
        offerSlotToWaitlist(repos, deps.policy, { slotId, now }),
      );
      if (offered) report.offers++;
    } catch (error) {
      report.errors.push(error);
    }
  }
  const lapsed = await deps.store.read((repos) =>
    repos.waitlist.lapsedHolds(new Date(now.getTime() - LAPSED_HOLD_LOOKBACK_MS), now, batchSize),
  );
  for (const hold of lapsed) {
    try {
      await deps.store.transaction((repos) => enqueueLapsedHoldMessage(repos, hold, now));
      report.lapsedHolds++;
    } catch (error) {
      report.errors.push(error);
    }
  }
  return report;
}
