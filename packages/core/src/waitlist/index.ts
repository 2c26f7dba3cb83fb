// Waitlist (лист ожидания, issue 4 item 7): entries, exclusive offers of freed and new slots, the sweep.
export { checkWindow, type JoinWaitlistInput, joinWaitlist } from './join-waitlist';
export { cancelWaitlistEntry, leaveWaitlist } from './leave-waitlist';
export { listWaitlist } from './list-waitlist';
export { OFFER_HOLD_GRACE_MS, type OfferedSlot, offerSlotToWaitlist } from './offer-slot';
export { sweepWaitlist, type WaitlistSweepReport } from './sweep-waitlist';
export { WaitlistErrorCode } from './waitlist.errors';
export type * from './waitlist.ports';
export * from './waitlist.types';
export { waitlistUseCases } from './waitlist.use-cases';
export type { WaitlistDeps } from './waitlist-deps';
export {
  byWaitingOrder,
  entryMatchesSlot,
  isCandidateFor,
  isSlotOfferable,
  offerRefusals,
} from './waitlist-matching';
export { enqueueOfferMessage, enqueueRemovedAtDeskMessage, WAITLIST_URL } from './waitlist-messages';
export { waitlistSlotEvents } from './waitlist-slot-events';
