/** Ratings of a visit, best first: a person reads the scale from «отлично» down. */
export const RATINGS = [5, 4, 3, 2, 1] as const;
export type Rating = (typeof RATINGS)[number];

/** Longest comment the server keeps (the `reviews` table's check). */
export const REVIEW_COMMENT_MAX = 2000;

/** What is missing or too long in a review before it is sent. */
export function reviewProblems(values: { rating: string; comment: string }): {
  rating?: 'ratingRequired';
  comment?: 'commentTooLong';
} {
  const rating = Number(values.rating);
  return {
    ...(Number.isInteger(rating) && rating >= 1 && rating <= 5 ? {} : { rating: 'ratingRequired' as const }),
    ...(values.comment.trim().length > REVIEW_COMMENT_MAX ? { comment: 'commentTooLong' as const } : {}),
  };
}
