import type { PrivacyRepos, PrivacyStore } from '@talon/core/privacy';
import type { Database, DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createAuditRepository } from '../audit.repository';
import { createAccountRecordRepository } from './account-records.repository';
import { createConsentLedger } from './consent-ledger.repository';
import { createDataRequestRepository } from './data-requests.repository';
import { createPatientCardRepository } from './patient-cards.repository';

const createRepos = (tx: DbExecutor, cipher: FieldCipher): PrivacyRepos => ({
  patients: createPatientCardRepository(tx, cipher),
  accounts: createAccountRecordRepository(tx),
  consents: createConsentLedger(tx),
  dataRequests: createDataRequestRepository(tx, cipher),
  audit: createAuditRepository(tx),
});

/**
 * Privacy's unit of work: a read and its audit entry, or a revoked consent and the deletion request it opens,
 * are written together or not at all.
 */
export function createPrivacyStore(db: Database, cipher: FieldCipher): PrivacyStore {
  return {
    transaction: (work) => db.transaction((tx) => work(createRepos(tx, cipher))),
  };
}
