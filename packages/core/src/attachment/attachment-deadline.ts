import { deadlineAfter } from '../privacy';
import type { AttachmentRequest } from './attachment.types';

/**
 * The clinic answers an application to attach within 2 working days of receiving it (Приказ Минздравсоцразвития
 * России № 406н, the order of choosing a clinic), counted like every request's deadline: from the next day, on
 * privacy's production calendar, to the end of the day in Moscow.
 */
export const ATTACHMENT_DECISION_DEADLINE = { days: 2, unit: 'working' } as const;

/** When a request submitted at `createdAt` must be decided by. */
export const attachmentDecisionDueAt = (createdAt: Date): Date =>
  deadlineAfter(createdAt, ATTACHMENT_DECISION_DEADLINE);

/** A request with its deadline and whether it is still waiting past it at `now`. */
export function withAttachmentDeadline(
  request: AttachmentRequest,
  now: Date,
): AttachmentRequest & { dueAt: Date; isOverdue: boolean } {
  const dueAt = attachmentDecisionDueAt(request.createdAt);
  return { ...request, dueAt, isOverdue: request.status === 'submitted' && dueAt.getTime() < now.getTime() };
}
