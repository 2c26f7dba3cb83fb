import type { SlotEventsPort } from '../booking';
import { offerSlotToWaitlist } from './offer-slot';
import type { WaitlistRepos } from './waitlist.ports';
import type { WaitlistOfferPolicy } from './waitlist.types';

/**
 * The waitlist's side of booking transactions (docs/domain.md rule 6): a slot freed by a cancellation or a
 * reschedule is offered to the first waiting patient in the same transaction, so it never shows as free in
 * between; a slot booked by its offeree fulfils the entry.
 */
export function waitlistSlotEvents(repos: WaitlistRepos, policy: WaitlistOfferPolicy): SlotEventsPort {
  return {
    async slotFreed(slotId, now, freedByPatientId) {
      await offerSlotToWaitlist(repos, policy, { slotId, now, excludePatientId: freedByPatientId });
    },
    async slotBooked(slotId, patientId, appointmentId, now) {
      await repos.waitlist.acceptOffer(slotId, patientId, appointmentId, now);
    },
  };
}
