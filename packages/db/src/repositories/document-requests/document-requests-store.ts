import type { DocumentRequestsRepos, DocumentRequestsStore } from '@talon/core/document-requests';
import type { Database, DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createAuditRepository } from '../audit.repository';
import { createTransactionOutbox } from '../outbox.repository';
import { createRecordsRepos } from '../records/records-store';
import { outboxTransaction, type StoreOptions } from '../unit-of-work';
import { createStoredFilesRepository } from '../uploads/stored-files.repository';
import { createDocumentRequestsRepository } from './document-requests.repository';

function createRepos(db: DbExecutor, cipher: FieldCipher, written: string[] = []): DocumentRequestsRepos {
  const records = createRecordsRepos(db, cipher);
  return {
    requests: createDocumentRequestsRepository(db),
    encounters: records.encounters,
    immunizations: records.immunizations,
    labResults: records.labResults,
    documents: records.documents,
    files: createStoredFilesRepository(db),
    audit: createAuditRepository(db),
    outbox: createTransactionOutbox(db, cipher, written),
  };
}

/** Certificates and extracts: their requests, the record they read, the file, audit and outbox on one unit. */
export function createDocumentRequestsStore(
  db: Database,
  cipher: FieldCipher,
  options: StoreOptions = {},
): DocumentRequestsStore {
  return {
    read: (work) => work(createRepos(db, cipher)),
    transaction: outboxTransaction(db, options, (tx, written) => createRepos(tx, cipher, written)),
  };
}
