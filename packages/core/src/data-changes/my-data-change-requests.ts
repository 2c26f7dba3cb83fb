import { AuditAction } from '../audit';
import { type Principal, type RequestOrigin, verifyCode } from '../identity';
import { ownPatientId } from '../privacy';
import { DomainError } from '../shared';
import { dataChangeCodeSubject, sendDataChangeCode } from './data-change-messages';
import { viewOf } from './data-change-view';
import { mayConfirm } from './data-change-workflow';
import { DataChangeErrorCode } from './data-changes.errors';
import type { DataChangeDeps, DataChangeRepos } from './data-changes.ports';
import type { DataChangeRequestView } from './data-changes.types';

/** The patient's own requests, newest first. */
export async function listMyDataChangeRequests(
  deps: DataChangeDeps,
  principal: Principal,
): Promise<DataChangeRequestView[]> {
  const patientId = ownPatientId(principal);
  const now = deps.clock.now();
  const requests = await deps.store.transaction((repos) => repos.dataChanges.listForPatient(patientId));
  return requests.map((request) => viewOf(request, now));
}

async function confirmable(repos: DataChangeRepos, principal: Principal, requestId: string) {
  const request = await repos.dataChanges.findForPatient(requestId, ownPatientId(principal));
  if (!request) throw new DomainError(DataChangeErrorCode.DATA_CHANGE_NOT_FOUND);
  if (!mayConfirm(request)) throw new DomainError(DataChangeErrorCode.DATA_CHANGE_CODE_NOT_AVAILABLE);
  return request;
}

/**
 * The patient enters the code sent to the new phone or e-mail: the address is theirs, so the change may be
 * applied once approved. A wrong entry counts against the code's attempts (committed before the refusal).
 */
export async function confirmDataChangeRequest(
  deps: DataChangeDeps,
  principal: Principal,
  input: { requestId: string; code: string; origin: RequestOrigin },
): Promise<DataChangeRequestView> {
  const now = deps.clock.now();
  const outcome = await deps.store.transaction(async (repos) => {
    const request = await confirmable(repos, principal, input.requestId);
    const wrong = await verifyCode(
      deps.identity,
      repos,
      'contact_change',
      dataChangeCodeSubject(request.id),
      input.code,
    );
    if (wrong) return { refusal: wrong };
    if (!(await repos.dataChanges.setConfirmed(request.id, now))) {
      throw new DomainError(DataChangeErrorCode.DATA_CHANGE_CODE_NOT_AVAILABLE);
    }
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: 'patient',
      subjectPatientId: request.patientId,
      action: AuditAction.DATA_CHANGE_CONFIRM,
      outcome: 'success',
      recordType: 'data_change_request',
      recordId: request.id,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: { category: request.category },
      occurredAt: now,
    });
    return { request: { ...request, confirmedAt: now } };
  });
  if ('refusal' in outcome) throw outcome.refusal;
  return viewOf(outcome.request, now);
}

/** Sends the code to the new phone or e-mail again (the resend limits of one-time codes apply). */
export async function resendDataChangeCode(
  deps: DataChangeDeps,
  principal: Principal,
  input: { requestId: string },
): Promise<DataChangeRequestView> {
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const request = await confirmable(repos, principal, input.requestId);
    await sendDataChangeCode(deps, repos, request);
    return viewOf(request, now);
  });
}
