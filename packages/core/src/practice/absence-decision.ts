import { DomainError } from '../shared';
import { PracticeErrorCode } from './practice.errors';

/**
 * The decision's comment, which the practitioner reads: optional on an approval, required on a refusal (the
 * practitioner is told why). Blank text counts as none.
 */
export function absenceDecisionComment(
  decision: 'approve' | 'reject',
  reason: string | null | undefined,
): string | null {
  const text = reason?.trim() || null;
  if (decision === 'reject' && text === null) {
    throw new DomainError(PracticeErrorCode.ABSENCE_REJECTION_REASON_REQUIRED, { field: 'body.reason' });
  }
  return text;
}
