import type { PrivacyDeps } from './privacy.ports';
import type { ConsentRecord } from './privacy.types';
import { ownPatientId, type PrivacyRequester } from './privacy-requester';

/** The caller's consents, newest first, revoked ones included (`GET /api/v1/me/consents`). */
export async function listMyConsents(deps: PrivacyDeps, input: PrivacyRequester): Promise<ConsentRecord[]> {
  const patientId = ownPatientId(input.principal);
  return deps.store.transaction((repos) => repos.consents.listForPatient(patientId));
}
