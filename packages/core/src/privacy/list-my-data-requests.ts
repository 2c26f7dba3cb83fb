import type { Principal } from '../identity';
import { isOverdue } from './data-request-deadline';
import type { PrivacyDeps } from './privacy.ports';
import type { DataRequestView } from './privacy.types';
import { ownPatientId } from './privacy-requester';

/** The caller's own data-subject requests, newest first. */
export async function listMyDataRequests(
  deps: PrivacyDeps,
  principal: Principal,
): Promise<DataRequestView[]> {
  const patientId = ownPatientId(principal);
  const now = deps.clock.now();
  const requests = await deps.store.transaction((repos) => repos.dataRequests.listForPatient(patientId));
  return requests.map((request) => ({ ...request, isOverdue: isOverdue(request, now) }));
}
