import { DirectoryErrorCode } from '../directory';
import type { Principal } from '../identity';
import { DomainError } from '../shared';
import type { ReviewsStore } from './reviews.ports';
import type { PractitionerReview } from './reviews.types';

/**
 * A practitioner's reviews for the public profile, newest first; anyone may read them. Anonymous: no patient, no visit date —
 * only the rating, the comment, when it was written and the specialty of the visit.
 */
export async function listPractitionerReviews(
  deps: { store: ReviewsStore },
  _principal: Principal | null,
  input: { practitionerId: string; page: number; pageSize: number },
): Promise<{ items: PractitionerReview[]; total: number }> {
  return deps.store.read(async (repos) => {
    if (!(await repos.reviews.practitionerExists(input.practitionerId))) {
      throw new DomainError(DirectoryErrorCode.PRACTITIONER_NOT_FOUND, { field: 'params.id' });
    }
    return repos.reviews.listForPractitioner(input.practitionerId, input);
  });
}
