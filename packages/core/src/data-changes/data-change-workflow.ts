import { DomainError } from '../shared';
import { DataChangeErrorCode } from './data-changes.errors';
import { CONFIRMED_BY_CODE, type DataChangeCategory, type DataChangeStatus } from './data-changes.types';

export type DataChangeDecision = 'approve' | 'reject';

const conflict = (status: DataChangeStatus, field?: string) =>
  new DomainError(DataChangeErrorCode.DATA_CHANGE_STATUS_CONFLICT, { field, params: { status } });

/** in_progress → approved | rejected: only an open request is decided, once. */
export function statusAfterDecision(
  current: DataChangeStatus,
  decision: DataChangeDecision,
): DataChangeStatus {
  if (current !== 'in_progress') throw conflict(current, 'body.decision');
  return decision === 'approve' ? 'approved' : 'rejected';
}

/**
 * approved → applied: only an approved request is applied, once; a phone or e-mail change only after the
 * code sent to the new address was entered.
 */
export function statusAfterApply(request: {
  status: DataChangeStatus;
  category: DataChangeCategory;
  confirmedAt: Date | null;
}): DataChangeStatus {
  if (request.status !== 'approved') throw conflict(request.status);
  if (CONFIRMED_BY_CODE.has(request.category) && !request.confirmedAt) {
    throw new DomainError(DataChangeErrorCode.DATA_CHANGE_NOT_CONFIRMED);
  }
  return 'applied';
}

/** The patient enters the code while the request is open or approved, and only once. */
export function mayConfirm(request: {
  status: DataChangeStatus;
  category: DataChangeCategory;
  confirmedAt: Date | null;
}): boolean {
  return (
    CONFIRMED_BY_CODE.has(request.category) &&
    request.confirmedAt === null &&
    (request.status === 'in_progress' || request.status === 'approved')
  );
}

/** An open request (still to be decided or applied) counts against the deadline. */
export const isOpen = (status: DataChangeStatus) => status === 'in_progress' || status === 'approved';

/** True when an open request is past its deadline at `now`. */
export const isDataChangeOverdue = (request: { status: DataChangeStatus; dueAt: Date }, now: Date) =>
  isOpen(request.status) && request.dueAt.getTime() < now.getTime();
