import { DomainError } from '../shared';
import { CourseErrorCode } from './courses.errors';
import type { EnrolmentStatus } from './courses.types';

/** What can happen to an enrolment: the admin approves; either side cancels. */
export type EnrolmentMove = 'approve' | 'cancel';

const NEXT: Record<EnrolmentStatus, Partial<Record<EnrolmentMove, EnrolmentStatus>>> = {
  processing: { approve: 'approved', cancel: 'cancelled' },
  // Cancelling an approved enrolment frees its seat.
  approved: { cancel: 'cancelled' },
  cancelled: {},
};

/** The status after a move; an illegal move throws ENROLMENT_STATUS_CONFLICT. */
export function enrolmentStatusAfter(status: EnrolmentStatus, move: EnrolmentMove): EnrolmentStatus {
  const next = NEXT[status][move];
  if (!next) throw new DomainError(CourseErrorCode.ENROLMENT_STATUS_CONFLICT, { params: { status } });
  return next;
}

/** An enrolment holding a seat or waiting for one: at most one per practitioner and course. */
export const isActiveEnrolment = (status: EnrolmentStatus) => status !== 'cancelled';
