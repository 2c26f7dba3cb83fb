import type { Principal } from '../identity';
import type { PrivacyDeps } from './privacy.ports';
import type { ConsentRecord } from './privacy.types';
import { ownPatientId } from './privacy-requester';

/** The caller's consents, newest first, revoked ones included (`GET /api/v1/me/consents`). */
export async function listMyConsents(deps: PrivacyDeps, principal: Principal): Promise<ConsentRecord[]> {
  const patientId = ownPatientId(principal);
  return deps.store.transaction((repos) => repos.consents.listForPatient(patientId));
}
