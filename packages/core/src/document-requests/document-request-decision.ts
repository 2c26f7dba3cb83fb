import { type AccessBasis, auditAllowed } from '../access';
import type { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { DocumentRequestsErrorCode } from './document-requests.errors';
import type { DocumentRequestsDeps, DocumentRequestsRepos } from './document-requests.ports';
import type { DocumentRequestView } from './document-requests.types';

/** The audit entry of a doctor's decision on a request (signed or refused): its type and number, never its purpose. */
export const auditDecision = (
  repos: DocumentRequestsRepos,
  principal: Principal,
  decision: {
    action: AuditAction;
    request: DocumentRequestView;
    basis: AccessBasis;
    origin: RequestOrigin;
    at: Date;
  },
) =>
  auditAllowed(repos, principal, {
    action: decision.action,
    patientId: decision.request.patientId,
    basis: decision.basis,
    origin: decision.origin,
    at: decision.at,
    recordType: 'document_request',
    recordId: decision.request.id,
    details: { type: decision.request.type, number: decision.request.number },
  });

/** The request as stored once the decision's transaction has committed. */
export async function requestAfterDecision(
  deps: DocumentRequestsDeps,
  id: string,
): Promise<DocumentRequestView> {
  const stored = await deps.store.read((repos) => repos.requests.find(id));
  if (!stored) throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_NOT_FOUND);
  return stored;
}
