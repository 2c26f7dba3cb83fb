import type { StaffAccountsDeps } from '@talon/core/staff-accounts';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createAuditRepository } from '../audit.repository';
import { createAccountRepository } from '../identity/accounts.repository';
import { createSessionRepository } from '../identity/sessions.repository';
import { createTransactionOutbox } from '../outbox.repository';
import { createClinicOverviewRepository } from './clinics.repository';
import { createStaffRepository } from './staff.repository';

/**
 * Staff accounts' unit of work: an invitation, its outbox message and its audit entry — or a block, the
 * sessions it ends and its entry — commit together. `afterCommit` starts the delivery of the messages.
 */
export function createStaffAccountsStore(
  db: Database,
  cipher: FieldCipher,
  options: { afterCommit?: (outboxIds: string[]) => void } = {},
): StaffAccountsDeps['store'] {
  const transaction: StaffAccountsDeps['store']['transaction'] = async (work) => {
    const written: string[] = [];
    const result = await db.transaction((tx) =>
      work({
        staff: createStaffRepository(tx),
        clinics: createClinicOverviewRepository(tx),
        accounts: createAccountRepository(tx, cipher),
        sessions: createSessionRepository(tx, cipher),
        outbox: createTransactionOutbox(tx, cipher, written),
        audit: createAuditRepository(tx),
      }),
    );
    if (written.length) options.afterCommit?.(written);
    return result;
  };
  return { read: transaction, transaction };
}
