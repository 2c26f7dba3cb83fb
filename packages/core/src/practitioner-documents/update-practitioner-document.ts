import { auditAllowed } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { loadOwnDocument } from './author-gate';
import { sectionsOf } from './document-templates';
import { PractitionerDocumentsErrorCode } from './practitioner-documents.errors';
import type { PractitionerDocumentsDeps } from './practitioner-documents.ports';
import type { PractitionerDocumentView } from './practitioner-documents.types';

/**
 * Saves a draft's section texts (the editor's autosave). A signed or superseded document is never edited:
 * `PRACTITIONER_DOCUMENT_SIGNED`, also when a signature came between the read and the write.
 */
export async function updatePractitionerDocument(
  deps: PractitionerDocumentsDeps,
  principal: Principal,
  input: { documentId: string; sections: Record<string, string>; origin: RequestOrigin },
): Promise<PractitionerDocumentView> {
  const { document, basis } = await loadOwnDocument(deps, principal, input.documentId, input.origin);
  if (document.status !== 'draft') {
    throw new DomainError(PractitionerDocumentsErrorCode.PRACTITIONER_DOCUMENT_SIGNED);
  }
  const sections = sectionsOf(document.kind, { ...document.sections, ...input.sections });
  const now = deps.clock.now();
  await deps.store.transaction(async (repos) => {
    const saved = await repos.practitionerDocuments.updateSections(document.id, sections, now);
    if (!saved) throw new DomainError(PractitionerDocumentsErrorCode.PRACTITIONER_DOCUMENT_SIGNED);
    await auditAllowed(repos, principal, {
      action: 'record.update',
      patientId: document.patient.id,
      basis,
      origin: input.origin,
      at: now,
      recordType: 'practitioner_document',
      recordId: document.id,
    });
  });
  return { ...document, sections, updatedAt: now };
}
