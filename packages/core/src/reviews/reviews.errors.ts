/** Error codes of reviews (mapped to HTTP and Russian text by the API); public contract, see docs/booking.md. */
export const ReviewErrorCode = {
  /** Only a fulfilled visit (`fulfilled`: the visit took place) can be reviewed. */
  REVIEW_NOT_ALLOWED: 'REVIEW_NOT_ALLOWED',
  /** The visit already has its review: one per appointment, never edited. */
  REVIEW_EXISTS: 'REVIEW_EXISTS',
  /** A rating outside 1–5 or a comment longer than allowed (the request schema refuses these first). */
  REVIEW_INVALID: 'REVIEW_INVALID',
} as const;
export type ReviewErrorCode = (typeof ReviewErrorCode)[keyof typeof ReviewErrorCode];
