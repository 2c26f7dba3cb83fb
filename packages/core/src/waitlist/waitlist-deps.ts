import { type BookingDeps, BookingErrorCode } from '../booking';
import type { Principal } from '../identity';
import { type Clock, DomainError } from '../shared';
import type { WaitlistStore } from './waitlist.ports';
import type { WaitlistOfferPolicy } from './waitlist.types';

/** What every waitlist use case receives. */
export interface WaitlistDeps {
  store: WaitlistStore;
  clock: Clock;
  policy: WaitlistOfferPolicy;
  /** Booking's deps: who may put whom on the list follows the booking access rules (`resolveBookingActor`). */
  booking: BookingDeps;
}

/** The caller's own patient and the wards they act for (active parent or guardian links). */
export async function ownPatientIds(deps: WaitlistDeps, principal: Principal): Promise<string[]> {
  const own = principal.patientId;
  if (!own) throw new DomainError(BookingErrorCode.PATIENT_REQUIRED);
  const wards = await deps.store.read((repos) => repos.booking.wardIds(own));
  return [own, ...wards];
}
