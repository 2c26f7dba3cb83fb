import { listPractitionerReviews } from './list-practitioner-reviews';
import { reviewAppointment } from './review-appointment';

/** A patient's review of a fulfilled visit, and a practitioner's public list; over `ReviewsDeps`. */
export const reviewsUseCases = {
  review: reviewAppointment,
  listForPractitioner: listPractitionerReviews,
};
