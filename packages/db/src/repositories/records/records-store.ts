import { randomUUID } from 'node:crypto';
import type { RecordsRepos, RecordsStore } from '@talon/core/records';
import type { Database, DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createAuditRepository } from '../audit.repository';
import { createRecipientsRepository } from '../notifications/recipients.repository';
import { createTransactionOutbox } from '../outbox.repository';
import { outboxTransaction, type StoreOptions } from '../unit-of-work';
import { createStoredFilesRepository } from '../uploads/stored-files.repository';
import { createConditionsRepository } from './conditions.repository';
import { createCoveragesRepository } from './coverages.repository';
import { createDocumentsRepository } from './documents.repository';
import { createEncountersRepository } from './encounters.repository';
import { createImmunizationsRepository } from './immunizations.repository';
import { createLabOrdersRepository } from './lab-orders.repository';
import { createLabResultsRepository } from './lab-results.repository';
import { createMedicationRequestsRepository } from './medication-requests.repository';
import { createRecordFactsRepository } from './record-facts.repository';
import { createResultsReviewRepository } from './results-review.repository';

/**
 * The medical record's repositories on one executor (the database, or a transaction). The seed and the
 * tests write through these too, so there is one way to store each resource.
 */
export function createRecordsRepos(
  db: DbExecutor,
  cipher: FieldCipher,
  written: string[] = [],
): RecordsRepos {
  return {
    encounters: createEncountersRepository(db, cipher, randomUUID),
    conditions: createConditionsRepository(db, cipher),
    labResults: createLabResultsRepository(db, cipher),
    labOrders: createLabOrdersRepository(db, cipher),
    resultsReview: createResultsReviewRepository(db),
    documents: createDocumentsRepository(db),
    prescriptions: createMedicationRequestsRepository(db, cipher),
    immunizations: createImmunizationsRepository(db),
    coverages: createCoveragesRepository(db, cipher),
    facts: createRecordFactsRepository(db),
    audit: createAuditRepository(db),
    outbox: createTransactionOutbox(db, cipher, written),
    recipients: createRecipientsRepository(db),
    files: createStoredFilesRepository(db),
  };
}

/** The medical record's unit of work: its SQL, the audit log and the outbox on one transaction. */
export function createRecordsStore(
  db: Database,
  cipher: FieldCipher,
  options: StoreOptions = {},
): RecordsStore {
  return {
    read: (work) => work(createRecordsRepos(db, cipher)),
    transaction: outboxTransaction(db, options, (tx, written) => createRecordsRepos(tx, cipher, written)),
  };
}
