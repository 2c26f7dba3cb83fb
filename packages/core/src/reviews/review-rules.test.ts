import { describe, expect, it } from 'vitest';
import { canReview, isValidRating, normalizeReviewComment } from './review-rules';

describe('canReview', () => {
  it('allows a fulfilled visit without a review only', () => {
    expect(canReview({ status: 'fulfilled', review: null })).toBe(true);
    expect(canReview({ status: 'fulfilled', review: { rating: 5 } })).toBe(false);
    for (const status of ['booked', 'confirmed', 'arrived', 'noshow', 'cancelled_by_patient'] as const) {
      expect(canReview({ status, review: null })).toBe(false);
    }
  });
});

describe('isValidRating', () => {
  it('takes whole stars from 1 to 5', () => {
    expect([1, 2, 3, 4, 5].every(isValidRating)).toBe(true);
    expect([0, 6, 3.5, Number.NaN, -1].some(isValidRating)).toBe(false);
  });
});

describe('normalizeReviewComment', () => {
  it('trims, and makes an empty or missing comment none', () => {
    expect(normalizeReviewComment('  Спасибо!\n')).toBe('Спасибо!');
    expect(normalizeReviewComment('   ')).toBeNull();
    expect(normalizeReviewComment('')).toBeNull();
    expect(normalizeReviewComment(undefined)).toBeNull();
    expect(normalizeReviewComment(null)).toBeNull();
  });
});
