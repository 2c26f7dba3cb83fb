import { recordRequestListRead } from '../audit';
import { dataChangeScopeOf } from '../data-changes';
import type { Principal, RequestOrigin } from '../identity';
import { OPEN_DOCUMENT_REQUEST_STATUSES, withDocumentRequestDeadline } from './document-request-deadline';
import type { ClinicDocumentRequest, DocumentRequestsDeps } from './document-requests.ports';
import type { DocumentRequestStatus } from './document-requests.types';

/** The roles of the clinic's queue of certificate requests (the route checks them first). */
export const DOCUMENT_REQUEST_STAFF_ROLES = ['registrar', 'clinic_admin', 'system_admin'] as const;

/** At most this many requests one answer of the queue holds. */
export const CLINIC_DOCUMENT_REQUEST_LIMIT = 200;

/**
 * The certificate and extract requests addressed to the caller's clinics (a registrar's or clinic admin's;
 * every clinic for a system admin), open ones unless `status` says otherwise, oldest first, each with its legal
 * deadline and overdue flag (`document-request-deadline.ts`). The staff read whose requests they are: audited
 * (ids only, never the purpose or the record).
 */
export async function listClinicDocumentRequests(
  deps: DocumentRequestsDeps,
  principal: Principal,
  input: { status?: DocumentRequestStatus; origin: RequestOrigin },
): Promise<(ClinicDocumentRequest & { dueAt: Date; isOverdue: boolean })[]> {
  const now = deps.clock.now();
  const scope = dataChangeScopeOf(principal.roles);
  return deps.store.transaction(async (repos) => {
    const items = await repos.requests.listForClinics({
      organizationIds: scope.kind === 'all' ? null : scope.organizationIds,
      statuses: input.status ? [input.status] : OPEN_DOCUMENT_REQUEST_STATUSES,
      limit: CLINIC_DOCUMENT_REQUEST_LIMIT,
    });
    await recordRequestListRead(repos.audit, {
      principal,
      recordType: 'document_request_list',
      ids: items.map((item) => item.id),
      origin: input.origin,
      at: now,
    });
    return items.map((item) => withDocumentRequestDeadline(item, now));
  });
}
