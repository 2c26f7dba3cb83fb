import { auditAllowed, authorizePatient } from '../access';
import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { RecordsErrorCode } from '../records';
import { DomainError } from '../shared';
import type { DocumentRequestsDeps } from './document-requests.ports';
import type { DocumentRequestView } from './document-requests.types';

/** The most requests a list answers with. */
const DOCUMENT_REQUEST_LIST_LIMIT = 200;

/** The patient's (or a ward's) certificate and extract requests, newest first; the read is audited. */
export async function listDocumentRequests(
  deps: DocumentRequestsDeps,
  principal: Principal,
  input: { patientId?: string; origin: RequestOrigin },
): Promise<DocumentRequestView[]> {
  const patientId = input.patientId ?? principal.patientId;
  if (!patientId)
    throw new DomainError(RecordsErrorCode.RECORD_PATIENT_REQUIRED, { field: 'query.patientId' });
  const basis = await authorizePatient(deps.access, principal, patientId, 'medical', input.origin);
  const items = await deps.store.read((repos) =>
    repos.requests.list({ patientId, type: null, limit: DOCUMENT_REQUEST_LIST_LIMIT }),
  );
  await deps.store.transaction((repos) =>
    auditAllowed(repos, principal, {
      action: AuditAction.RECORD_READ,
      patientId,
      basis,
      origin: input.origin,
      at: deps.clock.now(),
      recordType: 'document_request',
      recordId: patientId,
      details: { ids: items.map((item) => item.id) },
    }),
  );
  return items;
}
