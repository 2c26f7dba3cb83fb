import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { openRecord } from './open-record';
import { RecordsErrorCode } from './records.errors';
import type { RecordsDeps } from './records.ports';

/**
 * A document's PDF for whoever may read the patient's record; the read is audited with the document's id.
 * A document that does not exist and one the caller may not see answer alike ("not found").
 */
export async function getDocumentFile(
  deps: RecordsDeps,
  principal: Principal,
  input: { documentId: string; origin: RequestOrigin },
): Promise<{ id: string; title: string; contentType: string; sha256: string; bytes: Uint8Array }> {
  const document = await deps.store.read((repos) => repos.documents.find(input.documentId));
  if (!document) throw new DomainError(RecordsErrorCode.DOCUMENT_NOT_FOUND);
  await openRecord(
    deps,
    principal,
    { patientId: document.patientId, origin: input.origin },
    { recordType: 'document_file', recordId: document.id },
  );
  const file = await deps.store.read((repos) => repos.documents.fileOf(document.id));
  if (!file) throw new DomainError(RecordsErrorCode.DOCUMENT_FILE_MISSING);
  return {
    id: document.id,
    title: document.title,
    contentType: file.contentType,
    sha256: file.sha256,
    bytes: await deps.files.read(file),
  };
}
