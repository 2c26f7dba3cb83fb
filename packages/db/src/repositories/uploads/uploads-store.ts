import type { FileStore, UploadAttachmentFactsPort, UploadsStore } from '@talon/core/uploads';
import type { Database } from '../../client';
import { createFileCipher } from '../../crypto/file-cipher';
import { createAuditRepository } from '../audit.repository';
import { createDatabaseFileStore } from './database-file-store';
import { createS3FileStore, type S3Settings } from './s3-file-store';
import { createStoredFilesRepository } from './stored-files.repository';

/**
 * Whether a caller handles the request a file is attached to. No module that takes uploads exists yet
 * (data-change and certificate requests, qualifications, support tickets come later and answer here for
 * their type); a document's PDF is read through the medical record, not as an upload.
 */
const noHandlersYet: UploadAttachmentFactsPort = {
  factsFor: async () => ({ isHandledByCaller: false }),
};

/** Uploads' unit of work: the file rows and the audit log on one transaction. */
export function createUploadsStore(db: Database): UploadsStore {
  return {
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          storedFiles: createStoredFilesRepository(tx),
          attachments: noHandlersYet,
          audit: createAuditRepository(tx),
        }),
      ),
  };
}

/** The configured file store: the database (default) or an S3-compatible bucket (`UPLOADS_STORE=s3`). */
export function createFileStore(
  keys: { encryptionKeys: ReadonlyMap<string, Buffer>; currentKeyId: string },
  s3: S3Settings | null,
): FileStore {
  const cipher = createFileCipher(keys);
  return s3 ? createS3FileStore(s3, cipher) : createDatabaseFileStore(cipher);
}
