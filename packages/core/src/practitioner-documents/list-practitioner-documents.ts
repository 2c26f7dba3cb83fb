import { auditAllowed } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { loadOwnDocument } from './author-gate';
import { PractitionerDocumentsErrorCode } from './practitioner-documents.errors';
import type { PractitionerDocumentsDeps } from './practitioner-documents.ports';
import type {
  AwaitingRequest,
  PractitionerDocumentKind,
  PractitionerDocumentView,
} from './practitioner-documents.types';

const LIMIT = 200;

export type PractitionerDocumentsFilter = 'draft' | 'signed' | 'awaiting_signature';

/**
 * The «Документы» section: the caller's own documents (`draft`; `signed` with the superseded ones) and,
 * for `awaiting_signature`, their drafts and the patients' certificate requests waiting for a doctor's
 * signature at the caller's clinics. Reading one's own list is audited like any read of records.
 */
export async function listPractitionerDocuments(
  deps: PractitionerDocumentsDeps,
  principal: Principal,
  input: {
    status: PractitionerDocumentsFilter;
    kind: PractitionerDocumentKind | null;
    origin: RequestOrigin;
  },
): Promise<{ documents: PractitionerDocumentView[]; requests: AwaitingRequest[] }> {
  const practitionerId = principal.practitionerId;
  // A doctor's account without a practitioner record has written nothing and signs nothing.
  if (!practitionerId) return { documents: [], requests: [] };
  const statuses = input.status === 'signed' ? (['signed', 'superseded'] as const) : (['draft'] as const);
  return deps.store.transaction(async (repos) => {
    const documents = await repos.practitionerDocuments.list({
      practitionerId,
      statuses,
      kind: input.kind,
      limit: LIMIT,
    });
    const requests =
      input.status === 'awaiting_signature'
        ? await repos.practitionerDocuments.awaitingRequests(practitionerId, LIMIT)
        : [];
    for (const patientId of new Set([
      ...documents.map((d) => d.patient.id),
      ...requests.map((r) => r.patient.id),
    ])) {
      await auditAllowed(repos, principal, {
        action: 'record.read',
        patientId,
        basis: 'care',
        origin: input.origin,
        at: deps.clock.now(),
        recordType: 'practitioner_document',
        details: {
          ids: [
            ...documents.filter((d) => d.patient.id === patientId).map((d) => d.id),
            ...requests.filter((r) => r.patient.id === patientId).map((r) => r.id),
          ],
        },
      });
    }
    return { documents, requests };
  });
}

/** One of the caller's documents (the editor). */
export async function getPractitionerDocument(
  deps: PractitionerDocumentsDeps,
  principal: Principal,
  input: { documentId: string; origin: RequestOrigin },
): Promise<PractitionerDocumentView> {
  return (await loadOwnDocument(deps, principal, input.documentId, input.origin)).document;
}

/** The signed PDF of one of the caller's documents; a draft has none (`PRACTITIONER_DOCUMENT_NOT_FOUND`). */
export async function getPractitionerDocumentFile(
  deps: PractitionerDocumentsDeps,
  principal: Principal,
  input: { documentId: string; origin: RequestOrigin },
): Promise<{ title: string; number: string; bytes: Uint8Array }> {
  const { document, basis } = await loadOwnDocument(deps, principal, input.documentId, input.origin);
  const documentId = document.documentId;
  if (!documentId) throw new DomainError(PractitionerDocumentsErrorCode.PRACTITIONER_DOCUMENT_NOT_FOUND);
  const file = await deps.store.transaction(async (repos) => {
    await auditAllowed(repos, principal, {
      action: 'record.read',
      patientId: document.patient.id,
      basis,
      origin: input.origin,
      at: deps.clock.now(),
      recordType: 'document_file',
      recordId: documentId,
    });
    return repos.documents.fileOf(documentId);
  });
  if (!file) throw new DomainError(PractitionerDocumentsErrorCode.PRACTITIONER_DOCUMENT_NOT_FOUND);
  return { title: document.title, number: document.number, bytes: await deps.files.read(file) };
}
