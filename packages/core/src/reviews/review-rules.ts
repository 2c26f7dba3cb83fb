import type { AppointmentStatus } from '../booking';

/** Longest comment of a review, in characters (the database checks it too). */
export const REVIEW_COMMENT_MAX_LENGTH = 2000;

/** A visit can be reviewed once it took place (`fulfilled`), once. */
export function canReview(appointment: { status: AppointmentStatus; review: unknown | null }): boolean {
  return appointment.status === 'fulfilled' && appointment.review === null;
}

/** A rating is a whole number of stars from 1 to 5. */
export function isValidRating(rating: number): boolean {
  return Number.isInteger(rating) && rating >= 1 && rating <= 5;
}

/** The comment as stored: trimmed, and none at all when only spaces were sent. */
export function normalizeReviewComment(comment: string | null | undefined): string | null {
  const trimmed = comment?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
