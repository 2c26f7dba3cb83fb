import type { BookingDeps } from '@talon/core/booking';
import type { Principal } from '@talon/core/identity';
import * as reviews from '@talon/core/reviews';
import type { Clock } from '@talon/core/shared';
import { createReviewsStore, type DatabaseHandle } from '@talon/db';

/**
 * Reviews of fulfilled visits and the practitioners' public lists. Wired here, used by
 * routes/patient/reviews and routes/public/reviews.
 */
export function createReviewsServices(database: DatabaseHandle, clock: Clock, bookingDeps: BookingDeps) {
  const deps: reviews.ReviewsDeps = { store: createReviewsStore(database.db), booking: bookingDeps, clock };
  return {
    review: (principal: Principal, input: reviews.ReviewAppointmentInput) =>
      reviews.reviewAppointment(deps, principal, input),
    listForPractitioner: (input: Parameters<typeof reviews.listPractitionerReviews>[1]) =>
      reviews.listPractitionerReviews(deps, input),
  };
}
