import { DomainError } from '../shared';
import { StaffApplicationsErrorCode } from './staff-applications.errors';
import type { StaffApplicationStatus } from './staff-applications.types';

/** What the clinic admin does with an application. */
export type ApplicationMove = 'review' | 'approve' | 'reject';

const NEXT: Record<StaffApplicationStatus, Partial<Record<ApplicationMove, StaffApplicationStatus>>> = {
  submitted: { review: 'in_review' },
  // A decision follows a review: the admin takes the application first, so two admins never decide one blind.
  in_review: { approve: 'approved', reject: 'rejected' },
  approved: {},
  rejected: {},
};

/** The status after a move; an illegal move throws STAFF_APPLICATION_STATUS_CONFLICT (409). */
export function applicationStatusAfter(
  status: StaffApplicationStatus,
  move: ApplicationMove,
): StaffApplicationStatus {
  const next = NEXT[status][move];
  if (!next) {
    throw new DomainError(StaffApplicationsErrorCode.STAFF_APPLICATION_STATUS_CONFLICT, {
      params: { status },
    });
  }
  return next;
}

/** A rejection's reason, trimmed (at most 500 characters); none is STAFF_APPLICATION_REASON_REQUIRED (400). */
export function rejectionReason(reason: string | null | undefined): string {
  const trimmed = reason?.trim().slice(0, MAX_REJECTION_REASON) ?? '';
  if (!trimmed) {
    throw new DomainError(StaffApplicationsErrorCode.STAFF_APPLICATION_REASON_REQUIRED, {
      field: 'body.reason',
    });
  }
  return trimmed;
}

export const MAX_REJECTION_REASON = 500;

const NUMBER_SHAPE = /^ЗЯ-\d{4}-\d{6,}$/;

/** `ЗЯ-2026-000123`: the clinic's running number of the year, six digits at least (the counter row gives it). */
export function applicationNumber(year: number, value: number): string {
  return `ЗЯ-${year}-${String(value).padStart(6, '0')}`;
}

export const isApplicationNumber = (value: string) => NUMBER_SHAPE.test(value);
