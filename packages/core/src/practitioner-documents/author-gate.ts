import { type AccessBasis, authorizePatient } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { PractitionerDocumentsErrorCode } from './practitioner-documents.errors';
import type { PractitionerDocumentsDeps } from './practitioner-documents.ports';
import type { PractitionerDocumentView } from './practitioner-documents.types';

/**
 * The gate of every document a practitioner writes (rule 16): the access policy's `medical` purpose with a
 * care relation (or emergency access) — refused by the policy itself with "not found" and `access.denied` —
 * and then only a practitioner writes.
 */
export async function authorizeWriter(
  deps: Pick<PractitionerDocumentsDeps, 'access'>,
  principal: Principal,
  patientId: string,
  origin: RequestOrigin,
): Promise<{ basis: AccessBasis; practitionerId: string }> {
  if (!principal.practitionerId) {
    throw new DomainError(PractitionerDocumentsErrorCode.PRACTITIONER_DOCUMENT_AUTHOR_REQUIRED);
  }
  const basis = await authorizePatient(deps.access, principal, patientId, 'medical', origin);
  if (basis !== 'care' && basis !== 'emergency') {
    throw new DomainError(PractitionerDocumentsErrorCode.PRACTITIONER_DOCUMENT_AUTHOR_REQUIRED);
  }
  return { basis, practitionerId: principal.practitionerId };
}

/** The caller's own document, with their right to the patient checked again; another's is "not found". */
export async function loadOwnDocument(
  deps: PractitionerDocumentsDeps,
  principal: Principal,
  documentId: string,
  origin: RequestOrigin,
): Promise<{ document: PractitionerDocumentView; basis: AccessBasis }> {
  const document = await deps.store.read((repos) => repos.practitionerDocuments.find(documentId));
  if (!document || document.practitionerId !== principal.practitionerId) {
    throw new DomainError(PractitionerDocumentsErrorCode.PRACTITIONER_DOCUMENT_NOT_FOUND);
  }
  const { basis } = await authorizeWriter(deps, principal, document.patient.id, origin);
  return { document, basis };
}
