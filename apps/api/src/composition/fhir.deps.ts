import type { Config } from '@talon/config';
import type { InteropReads } from '@talon/core/interop';
import {
  createFieldCipher,
  createFileStore,
  createInteropReads,
  createRecordsStore,
  type Database,
} from '@talon/db';

/** What the FHIR adapter reads: Talon's own rows, and the sealed PDFs of signed documents. */
export function fhirReads(
  db: Database,
  config: Config,
): { reads: InteropReads; documentPdf: (documentId: string) => Promise<Uint8Array | null> } {
  const cipher = createFieldCipher(config.secrets);
  const files = createFileStore(config.secrets, config.uploads.s3);
  const records = createRecordsStore(db, cipher);
  return {
    reads: createInteropReads(db, cipher),
    documentPdf: (documentId) =>
      records.read(async (repos) => {
        const file = await repos.documents.fileOf(documentId);
        return file ? files.read(file) : null;
      }),
  };
}
