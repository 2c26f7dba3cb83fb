import type { QualificationsStore } from '@talon/core/qualifications';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createTransactionOutbox } from '../outbox.repository';
import { outboxTransaction, type StoreOptions } from '../unit-of-work';
import { createStoredFilesRepository } from '../uploads/stored-files.repository';
import { createQualificationsRepository } from './qualifications.repository';

/**
 * The unit of work of qualification documents: the document, its journal row, the scan's attachment and
 * the accreditation reminders it makes due, committed together; the reminders are kicked after the commit.
 */
export function createQualificationsStore(
  db: Database,
  cipher: Pick<FieldCipher, 'encrypt' | 'decrypt'>,
  options: StoreOptions = {},
): QualificationsStore {
  return {
    transaction: outboxTransaction(db, options, (tx, written) => ({
      qualifications: createQualificationsRepository(tx),
      storedFiles: createStoredFilesRepository(tx),
      outbox: createTransactionOutbox(tx, cipher, written),
    })),
  };
}
