import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { isOverdue } from './data-request-deadline';
import { PrivacyErrorCode } from './privacy.errors';
import type { PrivacyDeps } from './privacy.ports';
import type { DataRequestStatus, DataRequestSummary } from './privacy.types';
import { adminRoleOf, dataRequestScopeOf } from './privacy-requester';

/** The statuses an admin may set; `done` and `rejected` close the request for good. */
export type DataRequestDecision = Exclude<DataRequestStatus, 'received'>;

const OPEN: readonly DataRequestStatus[] = ['received', 'in_progress'];

/**
 * An admin moves a request on: received → in progress → done or rejected. A closed request stays closed,
 * and a request outside the admin's scope is "not found". The change is audited with the old and new status.
 */
export async function changeDataRequestStatus(
  deps: PrivacyDeps,
  principal: Principal,
  input: { requestId: string; status: DataRequestDecision; origin: RequestOrigin },
): Promise<DataRequestSummary & { isOverdue: boolean }> {
  const now = deps.clock.now();
  const scope = dataRequestScopeOf(principal.roles);
  return deps.store.transaction(async (repos) => {
    const request = await repos.dataRequests.findInScope(input.requestId, scope);
    if (!request) throw new DomainError(PrivacyErrorCode.DATA_REQUEST_NOT_FOUND);
    if (!OPEN.includes(request.status) || request.status === input.status) {
      throw new DomainError(PrivacyErrorCode.DATA_REQUEST_STATUS_CONFLICT, {
        field: 'body.status',
        params: { status: request.status },
      });
    }
    const closedAt = input.status === 'in_progress' ? null : now;
    const changed = await repos.dataRequests.setStatus(request.id, {
      from: request.status,
      to: input.status,
      at: now,
      closedAt,
    });
    if (!changed) {
      throw new DomainError(PrivacyErrorCode.DATA_REQUEST_STATUS_CONFLICT, { field: 'body.status' });
    }
    await repos.audit.record({
      action: AuditAction.DATA_REQUEST_UPDATE,
      outcome: 'success',
      actorAccountId: principal.accountId,
      actorRole: adminRoleOf(principal.roles),
      subjectPatientId: request.patientId,
      recordType: 'data_request',
      recordId: request.id,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: { from: request.status, to: input.status, kind: request.kind },
      occurredAt: now,
    });
    const updated = { ...request, status: input.status, closedAt };
    return { ...updated, isOverdue: isOverdue(updated, now) };
  });
}
