import type { BookingDeps } from '@talon/core/booking';
import type { ReviewsDeps } from '@talon/core/reviews';
import { createReviewsStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

export const reviewsDeps = ({ db, clock }: Infrastructure, booking: BookingDeps): ReviewsDeps => ({
  store: createReviewsStore(db),
  booking,
  clock,
});
