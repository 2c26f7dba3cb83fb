import type { ReferralsStore } from '@talon/core/referrals';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createAuditRepository } from '../audit.repository';
import type { IdentityStoreOptions } from '../identity/identity-store';
import { createRecipientsRepository } from '../notifications/recipients.repository';
import { createTransactionOutbox } from '../outbox.repository';
import { createReferralsRepository } from './referrals.repository';

/** Referrals' unit of work: the referral SQL, the audit log and the outbox on one transaction. */
export function createReferralsStore(
  db: Database,
  cipher: FieldCipher,
  options: IdentityStoreOptions = {},
): ReferralsStore {
  return {
    read: (work) => work({ referrals: createReferralsRepository(db, cipher) }),
    async transaction(work) {
      const written: string[] = [];
      const result = await db.transaction((tx) =>
        work({
          referrals: createReferralsRepository(tx, cipher),
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
