import type { FileStore, UploadsStore } from '@talon/core/uploads';
import type { Database } from '../../client';
import { createFileCipher } from '../../crypto/file-cipher';
import { createAuditRepository } from '../audit.repository';
import { createAttachmentFacts } from './attachment-facts';
import { createDatabaseFileStore } from './database-file-store';
import { createS3FileStore, type S3Settings } from './s3-file-store';
import { createStoredFilesRepository } from './stored-files.repository';

/** Uploads' unit of work: the file rows and the audit log on one transaction. */
export function createUploadsStore(db: Database): UploadsStore {
  return {
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          storedFiles: createStoredFilesRepository(tx),
          attachments: createAttachmentFacts(tx),
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
