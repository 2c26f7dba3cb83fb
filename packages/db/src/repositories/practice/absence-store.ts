import type { AbsenceStore } from '@talon/core/practice';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createAuditRepository } from '../audit.repository';
import { createClinicCancellationRepository } from '../booking/clinic-cancellation.repository';
import { createRecipientsRepository } from '../notifications/recipients.repository';
import { createTransactionOutbox } from '../outbox.repository';
import { outboxTransaction, type StoreOptions } from '../unit-of-work';
import { createAbsenceRequestsRepository } from './absence-requests.repository';

/**
 * The unit of work of absence requests: the request and, on approval, the clinic-side cancellation of its
 * period (visits, slots, priorities, notices through the outbox) with their audit entries, committed together.
 */
export function createAbsenceStore(
  db: Database,
  cipher: FieldCipher,
  options: StoreOptions = {},
): AbsenceStore {
  return {
    transaction: outboxTransaction(db, options, (tx, written) => ({
      absences: createAbsenceRequestsRepository(tx),
      cancellation: createClinicCancellationRepository(tx, cipher),
      audit: createAuditRepository(tx),
      outbox: createTransactionOutbox(tx, cipher, written),
      recipients: createRecipientsRepository(tx),
    })),
  };
}
