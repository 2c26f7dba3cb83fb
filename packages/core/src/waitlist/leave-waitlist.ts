import { ownAndWards } from '../booking';
import type { Principal } from '../identity';
import { DomainError } from '../shared';
import { offerSlotToWaitlist } from './offer-slot';
import { WaitlistErrorCode } from './waitlist.errors';
import type { WaitlistDeps } from './waitlist-deps';

/**
 * Takes an entry off the list. An open offer is declined and its slot passed on to the next waiting
 * patient (or back to everyone) in the same transaction. Someone else's entry is "not found", exactly like
 * a missing one; so is an entry already removed.
 */
export async function leaveWaitlist(
  deps: WaitlistDeps,
  principal: Principal,
  input: { entryId: string },
): Promise<void> {
  const patientIds = (await ownAndWards(deps.booking, principal)).map((p) => p.patientId);
  const now = deps.clock.now();
  await deps.store.transaction(async (repos) => {
    const entry = await repos.waitlist.findEntry(input.entryId);
    if (!entry || entry.status === 'cancelled' || !patientIds.includes(entry.patientId)) {
      throw new DomainError(WaitlistErrorCode.WAITLIST_ENTRY_NOT_FOUND);
    }
    // The slot's lock first, as every offer change takes it: no deadlock with the sweep or a booking.
    const offer = await repos.waitlist.openOfferOfEntry(entry.id);
    if (offer) await repos.waitlist.lockSlot(offer.slotId);
    if (!(await repos.waitlist.cancelEntry(entry.id, now))) {
      throw new DomainError(WaitlistErrorCode.WAITLIST_ENTRY_NOT_FOUND);
    }
    if (!offer || !(await repos.waitlist.closeOffer(offer.id, 'declined', now))) return;
    const next = await offerSlotToWaitlist(repos, deps.policy, {
      slotId: offer.slotId,
      now,
      passingFromPatientId: offer.patientId,
    });
    if (!next) await repos.waitlist.releaseHold(offer.slotId, offer.patientId);
  });
}
