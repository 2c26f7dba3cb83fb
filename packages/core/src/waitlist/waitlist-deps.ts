import type { BookingDeps } from '../booking';
import type { Clock } from '../shared';
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
