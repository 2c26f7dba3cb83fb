import { DomainError, localDate } from '../shared';
import { AttachmentErrorCode } from './attachment.errors';
import type { AttachmentDecision, AttachmentRequestStatus, CurrentAttachment } from './attachment.types';

const TIME_ZONE = 'Europe/Moscow';

/** The first day (YYYY-MM-DD) a change is allowed again after an attachment since `since`: a year later. */
export function nextChangeDay(since: string): string {
  const [year, month, day] = since.split('-').map(Number) as [number, number, number];
  // 29 February moves to 1 March in a year without it.
  const next = new Date(Date.UTC(year + 1, month - 1, day));
  return next.toISOString().slice(0, 10);
}

/**
 * The attachment changes at most once a year unless the patient moved (docs/domain.md, Patient; 326-ФЗ
 * ст. 21). A first attachment, or one with no known start, is always allowed. Throws
 * `ATTACHMENT_CHANGE_TOO_SOON` with the first allowed day.
 */
export function assertMayChangeAttachment(
  current: CurrentAttachment,
  input: { organizationId: string; district: string | null; moved: boolean; now: Date },
): void {
  if (current.organizationId === input.organizationId && (current.district ?? null) === input.district) {
    throw new DomainError(AttachmentErrorCode.ATTACHMENT_ALREADY_ATTACHED, { field: 'body.organizationId' });
  }
  if (!current.organizationId || !current.since || input.moved) return;
  const allowedFrom = nextChangeDay(current.since);
  if (localDate(input.now, TIME_ZONE) < allowedFrom) {
    throw new DomainError(AttachmentErrorCode.ATTACHMENT_CHANGE_TOO_SOON, {
      field: 'body.moved',
      params: { allowedFrom },
    });
  }
}

/** submitted → approved | rejected: only a request under review is decided, once. */
export function statusAfterDecision(
  current: AttachmentRequestStatus,
  decision: AttachmentDecision,
): AttachmentRequestStatus {
  if (current !== 'submitted') {
    throw new DomainError(AttachmentErrorCode.ATTACHMENT_STATUS_CONFLICT, {
      field: 'body.decision',
      params: { status: current },
    });
  }
  return decision === 'approve' ? 'approved' : 'rejected';
}

/** The day (Moscow) an attachment made at `at` starts. */
export const attachmentDay = (at: Date) => localDate(at, TIME_ZONE);

export const MAX_ATTACHMENT_REASON = 1000;
export const MAX_DISTRICT = 20;

/** A trimmed district, or null when none was given. */
export const normaliseDistrict = (district: string | null | undefined) =>
  district?.trim().slice(0, MAX_DISTRICT) || null;
