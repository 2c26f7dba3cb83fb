import type { AbsenceStore } from '@talon/core/practice';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createAuditRepository } from '../audit.repository';
import { createClinicCancellationRepository } from '../booking/clinic-cancellation.repository';
import type { IdentityStoreOptions } from '../identity/identity-store';
import { createRecipientsRepository } from '../notifications/recipients.repository';
import { createTransactionOutbox } from '../outbox.repository';
import { createAbsenceRequestsRepository } from './absence-requests.repository';

/**
 * The unit of work of absence requests: the request and, on approval, the clinic-side cancellation of its
 * period (visits, slots, priorities, notices through the outbox) with their audit entries, committed together.
 */
export function createAbsenceStore(
  db: Database,
  cipher: FieldCipher,
  options: IdentityStoreOptions = {},
): AbsenceStore {
  return {
    async transaction(work) {
      const written: string[] = [];
      const result = await db.transaction((tx) =>
        work({
          absences: createAbsenceRequestsRepository(tx),
          cancellation: createClinicCancellationRepository(tx, cipher),
          audit: createAuditRepository(tx),
          outbox: createTransactionOutbox(tx, cipher, written),
          recipients: createRecipientsRepository(tx),
        }),
      );
      if (written.length) options.afterCommit?.(written);
      return result;
    },
  };
}
