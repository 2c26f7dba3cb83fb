// Reviews (docs/domain.md §2 Review): a patient rates a fulfilled visit 1–5 with a comment; public, anonymous lists.
export { listPractitionerReviews } from './list-practitioner-reviews';
export { type ReviewAppointmentInput, type ReviewsDeps, reviewAppointment } from './review-appointment';
export {
  canReview,
  isValidRating,
  normalizeReviewComment,
  REVIEW_COMMENT_MAX_LENGTH,
} from './review-rules';
export { ReviewErrorCode } from './reviews.errors';
export type * from './reviews.ports';
export type * from './reviews.types';
export { reviewsUseCases } from './reviews.use-cases';
