import { AuditAction, recordStaffRefusal, staffRoleOf } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { AttachmentErrorCode } from './attachment.errors';
import type { AttachmentDeps, AttachmentRepos } from './attachment.ports';
import type { AttachmentDecision, AttachmentRequest, AttachmentRequestStatus } from './attachment.types';
import { withAttachmentDeadline } from './attachment-deadline';
import { tellPatient } from './attachment-messages';
import { assertMayChangeAttachment, attachmentDay, statusAfterDecision } from './attachment-rules';
import { attachmentScopeOf } from './attachment-scope';

export const MAX_DECISION_COMMENT = 1000;

type Found<T> = { ok: true; value: T } | { ok: false; refusal: DomainError };

/**
 * The request when the caller's clinic received it; otherwise an `access.denied` entry (committed: the
 * refusal is returned, not thrown) and "not found", exactly like a request that does not exist (rule 16).
 */
async function inScope(
  repos: AttachmentRepos,
  principal: Principal,
  requestId: string,
  origin: RequestOrigin,
  at: Date,
): Promise<Found<AttachmentRequest>> {
  const request = await repos.attachmentRequests.findInScope(requestId, attachmentScopeOf(principal.roles));
  if (request) return { ok: true, value: request };
  await recordStaffRefusal(repos.audit, {
    actorAccountId: principal.accountId,
    actorRole: staffRoleOf(principal),
    reason: 'attachment_scope',
    recordType: 'attachment_request',
    recordId: requestId,
    origin,
    at,
  });
  return { ok: false, refusal: new DomainError(AttachmentErrorCode.ATTACHMENT_REQUEST_NOT_FOUND) };
}

/**
 * The registry of the chosen clinic approves or rejects a request (submitted → approved | rejected); a
 * rejection says why. Approval attaches the patient and ends the previous attachment in the same
 * transaction, after checking the once-a-year rule again (the attachment may have changed at a desk since).
 * The patient is told in the app and by e-mail.
 */
export async function decideAttachmentRequest(
  deps: AttachmentDeps,
  principal: Principal,
  input: { requestId: string; decision: AttachmentDecision; comment?: string | null; origin: RequestOrigin },
): Promise<AttachmentRequest & { dueAt: Date; isOverdue: boolean }> {
  const now = deps.clock.now();
  const comment = input.comment?.trim().slice(0, MAX_DECISION_COMMENT) || null;
  if (input.decision === 'reject' && !comment) {
    throw new DomainError(AttachmentErrorCode.ATTACHMENT_COMMENT_REQUIRED, { field: 'body.comment' });
  }
  const outcome = await deps.store.transaction(async (repos) => {
    const found = await inScope(repos, principal, input.requestId, input.origin, now);
    if (!found.ok) return found;
    const request = found.value;
    const to: AttachmentRequestStatus = statusAfterDecision(request.status, input.decision);
    if (to === 'approved') {
      const current = await repos.patientAttachments.lockCurrent(request.patientId);
      if (current) assertMayChangeAttachment(current, { ...request, now });
    }
    const decided = await repos.attachmentRequests.decide(request.id, {
      to,
      comment,
      decidedByAccountId: principal.accountId,
      at: now,
    });
    if (!decided) {
      throw new DomainError(AttachmentErrorCode.ATTACHMENT_STATUS_CONFLICT, {
        params: { status: 'decided' },
      });
    }
    if (to === 'approved') {
      await repos.patientAttachments.attach({
        patientId: request.patientId,
        organizationId: request.organizationId,
        district: request.district,
        day: attachmentDay(now),
        requestId: request.id,
        byAccountId: principal.accountId,
        at: now,
      });
    }
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: staffRoleOf(principal),
      subjectPatientId: request.patientId,
      action: AuditAction.ATTACHMENT_REQUEST_DECIDE,
      outcome: 'success',
      recordType: 'attachment_request',
      recordId: request.id,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: { decision: input.decision, organizationId: request.organizationId },
      occurredAt: now,
    });
    await tellPatient(repos, {
      patientId: request.patientId,
      key: `attachment-request:${request.id}:${to}`,
      clinic: request.organizationName,
      status: to,
      number: request.number,
    });
    const value: AttachmentRequest = {
      ...request,
      status: to,
      comment,
      decidedAt: now,
      decidedByAccountId: principal.accountId,
    };
    return { ok: true as const, value };
  });
  if (!outcome.ok) throw outcome.refusal;
  return withAttachmentDeadline(outcome.value, now);
}
