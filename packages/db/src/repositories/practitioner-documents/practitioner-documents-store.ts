import type {
  PractitionerDocumentsRepos,
  PractitionerDocumentsStore,
} from '@talon/core/practitioner-documents';
import type { Database, DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createRecordsRepos } from '../records/records-store';
import { createPractitionerDocumentsRepository } from './practitioner-documents.repository';

function createRepos(db: DbExecutor, cipher: FieldCipher): PractitionerDocumentsRepos {
  const records = createRecordsRepos(db, cipher);
  return {
    practitionerDocuments: createPractitionerDocumentsRepository(db, cipher),
    encounters: records.encounters,
    conditions: records.conditions,
    labResults: records.labResults,
    prescriptions: records.prescriptions,
    documents: records.documents,
    files: records.files,
    audit: records.audit,
  };
}

/** The practitioner's documents, the record they are prefilled from, the files and the audit on one unit. */
export function createPractitionerDocumentsStore(
  db: Database,
  cipher: FieldCipher,
): PractitionerDocumentsStore {
  return {
    read: (work) => work(createRepos(db, cipher)),
    transaction: (work) => db.transaction((tx) => work(createRepos(tx, cipher))),
  };
}
