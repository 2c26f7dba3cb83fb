import { AuditAction, staffRoleOf } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { tellOfStatus } from './data-change-messages';
import { viewOf } from './data-change-view';
import { type DataChangeDecision, statusAfterApply, statusAfterDecision } from './data-change-workflow';
import { DataChangeErrorCode } from './data-changes.errors';
import type { DataChangeDeps, DataChangeRepos } from './data-changes.ports';
import type { DataChangeRequest, DataChangeRequestView } from './data-changes.types';
import { inStaffScope } from './staff-data-change-requests';

export const MAX_DECISION_COMMENT = 1000;

const raced = (request: DataChangeRequest) =>
  new DomainError(DataChangeErrorCode.DATA_CHANGE_STATUS_CONFLICT, { params: { status: request.status } });

async function audited(
  repos: DataChangeRepos,
  principal: Principal,
  origin: RequestOrigin,
  request: DataChangeRequest,
  action: (typeof AuditAction)['DATA_CHANGE_DECIDE' | 'DATA_CHANGE_APPLY'],
  details: Record<string, string>,
  at: Date,
) {
  await repos.audit.record({
    actorAccountId: principal.accountId,
    actorRole: staffRoleOf(principal),
    subjectPatientId: request.patientId,
    action,
    outcome: 'success',
    recordType: 'data_change_request',
    recordId: request.id,
    ip: origin.ip,
    userAgent: origin.userAgent,
    details: { category: request.category, ...details },
    occurredAt: at,
  });
}

/**
 * Clinic staff approve or reject a request (in_progress → approved | rejected), with a comment — required
 * for a rejection, which the patient reads. The patient is told in the app and by e-mail.
 */
export async function decideDataChangeRequest(
  deps: DataChangeDeps,
  principal: Principal,
  input: { requestId: string; decision: DataChangeDecision; comment?: string | null; origin: RequestOrigin },
): Promise<DataChangeRequestView> {
  const now = deps.clock.now();
  const comment = input.comment?.trim().slice(0, MAX_DECISION_COMMENT) || null;
  if (input.decision === 'reject' && !comment) {
    throw new DomainError(DataChangeErrorCode.DATA_CHANGE_COMMENT_REQUIRED, { field: 'body.comment' });
  }
  const outcome = await deps.store.transaction(async (repos) => {
    const found = await inStaffScope(repos, principal, input.requestId, input.origin, now);
    if (!found.ok) return found;
    const request = found.value;
    const to = statusAfterDecision(request.status, input.decision);
    const changed = await repos.dataChanges.setStatus(request.id, {
      from: request.status,
      to,
      at: now,
      comment,
      decidedByAccountId: principal.accountId,
    });
    if (!changed) throw raced(request);
    const updated: DataChangeRequest = { ...request, status: to, comment, decidedAt: now, updatedAt: now };
    await audited(repos, principal, input.origin, updated, AuditAction.DATA_CHANGE_DECIDE, { to }, now);
    await tellOfStatus(repos, updated);
    return { ok: true as const, value: updated };
  });
  if (!outcome.ok) throw outcome.refusal;
  return viewOf(outcome.value, now);
}

/**
 * Clinic staff write an approved change into the patient's card (approved → applied) in one transaction
 * with the status: the name, birth date, address, policy or identity document on the card; a phone or
 * e-mail only once the patient confirmed the new address by its code. `other` is done by hand at the
 * clinic, so applying it records that it was done.
 */
export async function applyDataChangeRequest(
  deps: DataChangeDeps,
  principal: Principal,
  input: { requestId: string; origin: RequestOrigin },
): Promise<DataChangeRequestView> {
  const now = deps.clock.now();
  const outcome = await deps.store.transaction(async (repos) => {
    const found = await inStaffScope(repos, principal, input.requestId, input.origin, now);
    if (!found.ok) return found;
    const request = found.value;
    const to = statusAfterApply(request);
    if (!(await repos.dataChanges.setStatus(request.id, { from: request.status, to, at: now }))) {
      throw raced(request);
    }
    const written = await repos.patientData.apply(request.patientId, request.category, request.newValue, now);
    if (written === 'taken') throw new DomainError(DataChangeErrorCode.DATA_CHANGE_VALUE_TAKEN);
    const updated: DataChangeRequest = { ...request, status: to, appliedAt: now, updatedAt: now };
    await audited(repos, principal, input.origin, updated, AuditAction.DATA_CHANGE_APPLY, {}, now);
    await tellOfStatus(repos, updated);
    return { ok: true as const, value: updated };
  });
  if (!outcome.ok) throw outcome.refusal;
  return viewOf(outcome.value, now);
}
