import { describe, expect, it } from 'vitest';
import { REVIEW_COMMENT_MAX, reviewProblems } from './review.model';

describe('review form', () => {
  it('needs a rating from 1 to 5', () => {
    expect(reviewProblems({ rating: '', comment: '' })).toEqual({ rating: 'ratingRequired' });
    expect(reviewProblems({ rating: '6', comment: '' })).toEqual({ rating: 'ratingRequired' });
    expect(reviewProblems({ rating: '1', comment: '' })).toEqual({});
    expect(reviewProblems({ rating: '5', comment: 'Спасибо' })).toEqual({});
  });

  it('keeps the comment within 2000 characters, spaces around it not counted', () => {
    expect(reviewProblems({ rating: '4', comment: `  ${'а'.repeat(REVIEW_COMMENT_MAX)}  ` })).toEqual({});
    expect(reviewProblems({ rating: '4', comment: 'а'.repeat(REVIEW_COMMENT_MAX + 1) })).toEqual({
      comment: 'commentTooLong',
    });
  });
});
