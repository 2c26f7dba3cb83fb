import type { Principal } from '../identity';
import { isOverdue } from './data-request-deadline';
import type { PrivacyDeps } from './privacy.ports';
import type { DataRequestStatus, DataRequestSummary } from './privacy.types';
import { dataRequestScopeOf } from './privacy-requester';

export interface ListDataRequestsInput {
  status?: DataRequestStatus;
  /** Only open requests past their deadline. */
  overdue?: boolean;
  page: number;
  pageSize: number;
}

export interface DataRequestPage {
  items: (DataRequestSummary & { isOverdue: boolean })[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * The admin list of data-subject requests, latest deadline first, with ids, kinds, statuses and deadlines
 * only (no personal data). A clinic admin sees the requests of patients attached to their clinics.
 */
export async function listDataRequests(
  deps: PrivacyDeps,
  principal: Principal,
  input: ListDataRequestsInput,
): Promise<DataRequestPage> {
  const now = deps.clock.now();
  const scope = dataRequestScopeOf(principal.roles);
  const result = await deps.store.transaction((repos) =>
    repos.dataRequests.search({
      scope,
      status: input.status,
      overdueAt: input.overdue ? now : undefined,
      page: input.page,
      pageSize: input.pageSize,
    }),
  );
  return {
    items: result.items.map((item) => ({ ...item, isOverdue: isOverdue(item, now) })),
    total: result.total,
    page: input.page,
    pageSize: input.pageSize,
  };
}
