import type { AuditLog } from '../audit';
import type { NewReview, PractitionerReview, Review } from './reviews.types';

export interface ReviewsRepository {
  /**
   * Stores the review; `exists` when the appointment already has one. The unique index on the appointment
   * decides, so two reviews sent at once give one row. The practitioner's rating follows in the same
   * transaction (a trigger of the database).
   */
  insertReview(review: NewReview): Promise<Review | 'exists'>;
  /** An active practitioner with this id exists. */
  practitionerExists(practitionerId: string): Promise<boolean>;
  /** The practitioner's reviews, newest first, with the total count. */
  listForPractitioner(
    practitionerId: string,
    page: { page: number; pageSize: number },
  ): Promise<{ items: PractitionerReview[]; total: number }>;
}

export interface ReviewsRepos {
  reviews: ReviewsRepository;
  audit: AuditLog;
}

/** Reviews' unit of work: the review and its audit entry commit together. */
export interface ReviewsStore {
  read<T>(work: (repos: Pick<ReviewsRepos, 'reviews'>) => Promise<T>): Promise<T>;
  transaction<T>(work: (repos: ReviewsRepos) => Promise<T>): Promise<T>;
}
