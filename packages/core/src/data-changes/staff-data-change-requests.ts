import { AuditAction, recordStaffRefusal, staffRoleOf } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { dataChangeScopeOf } from './data-change-scope';
import { viewOf } from './data-change-view';
import { DataChangeErrorCode } from './data-changes.errors';
import type { DataChangeDeps, DataChangeRepos } from './data-changes.ports';
import type { DataChangeRequest, DataChangeRequestView, DataChangeStatus } from './data-changes.types';

export interface ListDataChangeRequestsInput {
  status?: DataChangeStatus;
  /** Only open requests past their deadline. */
  overdue?: boolean;
  page: number;
  pageSize: number;
  origin: RequestOrigin;
}

export interface DataChangeRequestPage {
  items: DataChangeRequestView[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * The staff's queue: the requests of patients attached to the caller's clinics (all for a system admin),
 * overdue ones first, then by deadline. The new values shown are personal data read by staff: the read is
 * audited (ids only).
 */
export async function listDataChangeRequests(
  deps: DataChangeDeps,
  principal: Principal,
  input: ListDataChangeRequestsInput,
): Promise<DataChangeRequestPage> {
  const now = deps.clock.now();
  const scope = dataChangeScopeOf(principal.roles);
  const result = await deps.store.transaction(async (repos) => {
    const found = await repos.dataChanges.search({
      scope,
      status: input.status,
      overdueAt: input.overdue ? now : undefined,
      now,
      page: input.page,
      pageSize: input.pageSize,
    });
    if (found.items.length) {
      await repos.audit.record({
        actorAccountId: principal.accountId,
        actorRole: staffRoleOf(principal),
        action: AuditAction.RECORD_READ,
        outcome: 'success',
        recordType: 'data_change_request_list',
        ip: input.origin.ip,
        userAgent: input.origin.userAgent,
        details: { requestIds: found.items.map((item) => item.id) },
        occurredAt: now,
      });
    }
    return found;
  });
  return {
    items: result.items.map((item) => viewOf(item, now)),
    total: result.total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

type Staffed<T> = { ok: true; value: T } | { ok: false; refusal: DomainError };

/**
 * The request when the caller handles it; otherwise an `access.denied` entry (committed: the refusal is
 * returned, not thrown) and "not found", exactly like a request that does not exist (rule 16).
 */
export async function inStaffScope(
  repos: DataChangeRepos,
  principal: Principal,
  requestId: string,
  origin: RequestOrigin,
  at: Date,
): Promise<Staffed<DataChangeRequest>> {
  const request = await repos.dataChanges.findInScope(requestId, dataChangeScopeOf(principal.roles));
  if (request) return { ok: true, value: request };
  await recordStaffRefusal(repos.audit, {
    actorAccountId: principal.accountId,
    actorRole: staffRoleOf(principal),
    reason: 'data_change_scope',
    recordType: 'data_change_request',
    recordId: requestId,
    origin,
    at,
  });
  return { ok: false, refusal: new DomainError(DataChangeErrorCode.DATA_CHANGE_NOT_FOUND) };
}
