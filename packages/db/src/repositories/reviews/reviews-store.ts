import type { ReviewsStore } from '@talon/core/reviews';
import type { Database } from '../../client';
import { createAuditRepository } from '../audit.repository';
import { createReviewsRepository } from './reviews.repository';

/** Reviews' unit of work: the review (and, by trigger, the practitioner's rating) and its audit entry. */
export function createReviewsStore(db: Database): ReviewsStore {
  return {
    read: (work) => work({ reviews: createReviewsRepository(db) }),
    transaction: (work) =>
      db.transaction((tx) =>
        work({ reviews: createReviewsRepository(tx), audit: createAuditRepository(tx) }),
      ),
  };
}
