import type { StaffApplicationsStore } from '@talon/core/staff-applications';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createAuditRepository } from '../audit.repository';
import { createTransactionOutbox } from '../outbox.repository';
import { outboxTransaction, type StoreOptions } from '../unit-of-work';
import { createStoredFilesRepository } from '../uploads/stored-files.repository';
import { createStaffApplicationsRepository } from './staff-applications.repository';
import { createStaffCertificatesRepository } from './staff-certificates.repository';

/**
 * The unit of work of staff applications: an application, its attachments, its number, the audit entry and
 * the applicant's notices commit together; so do a certificate's file, its row and its audit entry.
 */
export function createStaffApplicationsStore(
  db: Database,
  cipher: FieldCipher,
  options: StoreOptions = {},
): StaffApplicationsStore {
  return {
    transaction: outboxTransaction(db, options, (tx, written) => ({
      applications: createStaffApplicationsRepository(tx, cipher),
      certificates: createStaffCertificatesRepository(tx),
      files: createStoredFilesRepository(tx),
      audit: createAuditRepository(tx),
      outbox: createTransactionOutbox(tx, cipher, written),
    })),
  };
}
