import type { DataChangeStore } from '@talon/core/data-changes';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createIdentityRepos } from '../identity/identity-store';
import { outboxTransaction, type StoreOptions } from '../unit-of-work';
import { createStoredFilesRepository } from '../uploads/stored-files.repository';
import { createDataChangeRepository } from './data-change-requests.repository';
import { createPatientDataWriter } from './patient-data.repository';

/**
 * The unit of work of data-change requests: the request, its scans, the card it changes, its code, its audit
 * entry and the patient's notifications are written together or not at all (rule 22).
 */
export function createDataChangeStore(
  db: Database,
  cipher: FieldCipher,
  options: StoreOptions = {},
): DataChangeStore {
  return {
    transaction: outboxTransaction(db, options, (tx, written) => {
      const identity = createIdentityRepos(tx, cipher, written);
      return {
        codes: identity.codes,
        outbox: identity.outbox,
        audit: identity.audit,
        accounts: identity.accounts,
        dataChanges: createDataChangeRepository(tx, cipher),
        patientData: createPatientDataWriter(tx, cipher),
        storedFiles: createStoredFilesRepository(tx),
      };
    }),
  };
}
