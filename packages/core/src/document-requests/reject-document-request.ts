import { authorizePatient } from '../access';
import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { enqueueInAppAndEmail } from '../messaging';
import { DomainError } from '../shared';
import { auditDecision, requestAfterDecision } from './document-request-decision';
import { DocumentRequestsErrorCode } from './document-requests.errors';
import type { DocumentRequestsDeps } from './document-requests.ports';
import type { DocumentRequestView } from './document-requests.types';
import { canMoveDocumentRequest, documentRequestStatusesBefore } from './request-rules';

/** Where the patient reads the reason: «История обращений». */
const REQUEST_HISTORY_URL = '/account/requests';

/**
 * A doctor refuses a request waiting for a signature, with a reason the patient reads: the request is closed
 * `rejected`, the reason kept with it; the one who ordered it hears in the app (with the reason) and by
 * e-mail (without it), in the same transaction. Only a practitioner in care of the patient may; anyone
 * else is answered "not found" (and the denial audited by the access policy).
 */
export async function rejectDocumentRequest(
  deps: DocumentRequestsDeps,
  principal: Principal,
  input: { requestId: string; reason: string | null | undefined; origin: RequestOrigin },
): Promise<DocumentRequestView> {
  const request = await deps.store.read((repos) => repos.requests.find(input.requestId));
  if (!request) throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_NOT_FOUND);
  if (!principal.practitionerId) {
    throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_PRACTITIONER_REQUIRED);
  }
  const basis = await authorizePatient(deps.access, principal, request.patientId, 'medical', input.origin);
  const reason = input.reason?.trim() ?? '';
  if (!reason) {
    throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_REJECTION_REASON_REQUIRED, {
      field: 'body.reason',
    });
  }
  if (!canMoveDocumentRequest(request.status, 'rejected')) {
    throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_STATUS_CONFLICT);
  }
  const at = deps.clock.now();
  await deps.store.transaction(async (repos) => {
    const moved = await repos.requests.transition({
      id: request.id,
      from: documentRequestStatusesBefore('rejected'),
      to: 'rejected',
      at,
      rejectionReason: reason,
    });
    if (!moved) throw new DomainError(DocumentRequestsErrorCode.DOCUMENT_REQUEST_STATUS_CONFLICT);
    const accountId = await repos.requests.ordererOf(request.id);
    if (accountId) {
      await enqueueInAppAndEmail(repos.outbox, {
        event: 'document_request.rejected',
        accountId,
        template: 'document_request_rejected',
        payload: { number: request.number, reason, link: REQUEST_HISTORY_URL },
        key: `document_request.rejected:${request.id}`,
        email: await repos.requests.accountEmail(accountId),
      });
    }
    await auditDecision(repos, principal, {
      action: AuditAction.DOCUMENT_REQUEST_REJECT,
      request,
      basis,
      origin: input.origin,
      at,
    });
  });
  return requestAfterDecision(deps, request.id);
}
