import { auditAppointment, authorizeAppointment, type BookingDeps, BookingErrorCode } from '../booking';
import type { Principal, RequestOrigin } from '../identity';
import { type Clock, DomainError } from '../shared';
import { isValidRating, normalizeReviewComment, REVIEW_COMMENT_MAX_LENGTH } from './review-rules';
import { ReviewErrorCode } from './reviews.errors';
import type { ReviewsStore } from './reviews.ports';
import type { Review } from './reviews.types';

/** What the review use cases receive; who may review follows the booking access rules. */
export interface ReviewsDeps {
  store: ReviewsStore;
  booking: BookingDeps;
  clock: Clock;
}

export interface ReviewAppointmentInput {
  appointmentId: string;
  rating: number;
  comment?: string | null;
  origin: RequestOrigin;
}

/**
 * The patient (or their representative, for a ward's visit) rates a fulfilled visit 1–5 with an optional
 * comment, once. The access check is the one of reading the appointment; staff who may read it (its
 * practitioner, the registry) may not review it, and for them, as for strangers, it is "not found".
 */
export async function reviewAppointment(
  deps: ReviewsDeps,
  principal: Principal,
  input: ReviewAppointmentInput,
): Promise<Review> {
  const comment = normalizeReviewComment(input.comment);
  if (!isValidRating(input.rating)) {
    throw new DomainError(ReviewErrorCode.REVIEW_INVALID, { field: 'body.rating' });
  }
  if (comment !== null && comment.length > REVIEW_COMMENT_MAX_LENGTH) {
    throw new DomainError(ReviewErrorCode.REVIEW_INVALID, { field: 'body.comment' });
  }
  const record = await deps.booking.store.read((repos) => repos.booking.findAppointment(input.appointmentId));
  if (!record) throw new DomainError(BookingErrorCode.APPOINTMENT_NOT_FOUND);
  const { basis } = await authorizeAppointment(deps.booking, principal, record, 'read', input.origin);
  if (basis !== 'self' && basis !== 'representative') {
    throw new DomainError(BookingErrorCode.APPOINTMENT_NOT_FOUND);
  }
  if (record.status !== 'fulfilled') {
    throw new DomainError(ReviewErrorCode.REVIEW_NOT_ALLOWED, { params: { status: record.status } });
  }
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const review = await repos.reviews.insertReview({
      appointmentId: record.id,
      patientId: record.patientId,
      practitionerId: record.practitionerId,
      organizationId: record.organizationId,
      rating: input.rating,
      comment,
      at: now,
    });
    if (review === 'exists') throw new DomainError(ReviewErrorCode.REVIEW_EXISTS);
    await auditAppointment(repos, principal, 'appointment.review', {
      appointmentId: record.id,
      patientId: record.patientId,
      basis,
      origin: input.origin,
      at: now,
      details: { reviewId: review.id, rating: review.rating },
    });
    return review;
  });
}
