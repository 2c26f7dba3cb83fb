import type { FileStore, NewStoredFile } from './uploads.types';

/**
 * Writes a document's PDF (signed by the caller) to the file store, sealed, under a new file id, and returns
 * the row to insert in the caller's transaction, attached to the document that will point at it. The bytes
 * go first: a rolled-back transaction leaves only unreferenced bytes, which the purge job removes.
 */
export async function placeDocumentFile(
  files: FileStore,
  pdf: { pdf: Uint8Array; sha256: string },
  ids: { fileId: string; documentId: string },
  at: Date,
): Promise<NewStoredFile> {
  const placed = await files.write(ids.fileId, pdf.pdf);
  return {
    id: ids.fileId,
    ownerAccountId: null,
    contentType: 'application/pdf',
    size: pdf.pdf.length,
    sha256: pdf.sha256,
    storage: files.storage,
    storageKey: placed.storageKey,
    content: placed.content,
    attachedTo: { type: 'document', id: ids.documentId },
    at,
  };
}
