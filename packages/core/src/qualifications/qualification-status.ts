import { DomainError } from '../shared';
import { QualificationsErrorCode } from './qualifications.errors';
import { QUALIFICATION_STATUSES, type QualificationStatus } from './qualifications.types';

/**
 * The document's status moves one step forward: «в работе» (in_work) → «отправлен» (sent, to the
 * accreditation commission or the HR office) → «подтверждён» (confirmed). Staying is no move; going back
 * or skipping a step is refused.
 */
export function moveQualificationStatus(
  from: QualificationStatus,
  to: QualificationStatus,
): QualificationStatus {
  const step = QUALIFICATION_STATUSES.indexOf(to) - QUALIFICATION_STATUSES.indexOf(from);
  if (step !== 0 && step !== 1) {
    throw new DomainError(QualificationsErrorCode.QUALIFICATION_STATUS_CONFLICT, { field: 'body.status' });
  }
  return to;
}
