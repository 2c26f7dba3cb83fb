import type { DataChangeStore } from '@talon/core/data-changes';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createIdentityRepos, type IdentityStoreOptions } from '../identity/identity-store';
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
  options: IdentityStoreOptions = {},
): DataChangeStore {
  return {
    async transaction(work) {
      const written: string[] = [];
      const result = await db.transaction((tx) => {
        const identity = createIdentityRepos(tx, cipher, written);
        return work({
          codes: identity.codes,
          outbox: identity.outbox,
          audit: identity.audit,
          accounts: identity.accounts,
          dataChanges: createDataChangeRepository(tx, cipher),
          patientData: createPatientDataWriter(tx, cipher),
          storedFiles: createStoredFilesRepository(tx),
        });
      });
      if (written.length) options.afterCommit?.(written);
      return result;
    },
  };
}
