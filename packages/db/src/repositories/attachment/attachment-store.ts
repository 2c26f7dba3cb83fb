import type { AttachmentStore } from '@talon/core/attachment';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createIdentityRepos } from '../identity/identity-store';
import { outboxTransaction, type StoreOptions } from '../unit-of-work';
import { createStoredFilesRepository } from '../uploads/stored-files.repository';
import { createAttachmentRequestRepository } from './attachment-requests.repository';
import { createPatientAttachmentRepository } from './patient-attachments.repository';

/**
 * The unit of work of attachment: the request, its scan, the card's attachment and its history, the audit
 * entry and the patient's notifications are written together or not at all (rule 22).
 */
export function createAttachmentStore(
  db: Database,
  cipher: FieldCipher,
  options: StoreOptions = {},
): AttachmentStore {
  return {
    transaction: outboxTransaction(db, options, (tx, written) => {
      const identity = createIdentityRepos(tx, cipher, written);
      return {
        outbox: identity.outbox,
        audit: identity.audit,
        accounts: identity.accounts,
        attachmentRequests: createAttachmentRequestRepository(tx, cipher),
        patientAttachments: createPatientAttachmentRepository(tx),
        storedFiles: createStoredFilesRepository(tx),
      };
    }),
  };
}
