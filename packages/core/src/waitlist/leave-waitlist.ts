import { ownAndWards } from '../booking';
import type { Principal } from '../identity';
import { DomainError } from '../shared';
import { offerSlotToWaitlist } from './offer-slot';
import { WaitlistErrorCode } from './waitlist.errors';
import type { WaitlistRepos } from './waitlist.ports';
import type { WaitlistOfferPolicy } from './waitlist.types';
import type { WaitlistDeps } from './waitlist-deps';

/**
 * Takes a waiting entry off the list in the caller's transaction: an open offer is declined and its slot
 * passed on to the next waiting patient (or back to everyone). False when the entry no longer waits. The
 * patient's own «Покинуть» and the registry desk's removal on the caller's request both end here.
 */
export async function cancelWaitlistEntry(
  repos: WaitlistRepos,
  policy: WaitlistOfferPolicy,
  entryId: string,
  now: Date,
): Promise<boolean> {
  // The slot's lock first, as every offer change takes it: no deadlock with the sweep or a booking.
  const offer = await repos.waitlist.openOfferOfEntry(entryId);
  if (offer) await repos.waitlist.lockSlot(offer.slotId);
  if (!(await repos.waitlist.cancelEntry(entryId, now))) return false;
  if (!offer || !(await repos.waitlist.closeOffer(offer.id, 'declined', now))) return true;
  const next = await offerSlotToWaitlist(repos, policy, {
    slotId: offer.slotId,
    now,
    passingFromPatientId: offer.patientId,
  });
  if (!next) await repos.waitlist.releaseHold(offer.slotId, offer.patientId);
  return true;
}

/**
 * Takes an entry off the list. Someone else's entry is "not found", exactly like a missing one; so is an
 * entry already removed.
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
    if (
      !entry ||
      entry.status === 'cancelled' ||
      !patientIds.includes(entry.patientId) ||
      !(await cancelWaitlistEntry(repos, deps.policy, entry.id, now))
    ) {
      throw new DomainError(WaitlistErrorCode.WAITLIST_ENTRY_NOT_FOUND);
    }
  });
}
