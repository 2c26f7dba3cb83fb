import type { ReferralsStore } from '@talon/core/referrals';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createAuditRepository } from '../audit.repository';
import { createRecipientsRepository } from '../notifications/recipients.repository';
import { createTransactionOutbox } from '../outbox.repository';
import { outboxTransaction, type StoreOptions } from '../unit-of-work';
import { createReferralsRepository } from './referrals.repository';

/** Referrals' unit of work: the referral SQL, the audit log and the outbox on one transaction. */
export function createReferralsStore(
  db: Database,
  cipher: FieldCipher,
  options: StoreOptions = {},
): ReferralsStore {
  return {
    read: (work) => work({ referrals: createReferralsRepository(db, cipher) }),
    transaction: outboxTransaction(db, options, (tx, written) => ({
      referrals: createReferralsRepository(tx, cipher),
      audit: createAuditRepository(tx),
      outbox: createTransactionOutbox(tx, cipher, written),
      recipients: createRecipientsRepository(tx),
    })),
  };
}
