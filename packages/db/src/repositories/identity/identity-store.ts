import type { IdentityRepos, IdentityStore } from '@talon/core/identity';
import type { Database, DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createAuditRepository } from '../audit.repository';
import { createTransactionOutbox } from '../outbox.repository';
import { outboxTransaction, type StoreOptions } from '../unit-of-work';
import { createAccountRepository } from './accounts.repository';
import { createCodeRepository } from './codes.repository';
import { createConsentRepository } from './consents.repository';
import { createExternalIdentityRepository } from './external-identities.repository';
import { createLoginFailureRepository } from './login-failures.repository';
import { createPatientRegistry } from './patient-registry.repository';
import { createRecoveryCodeRepository } from './recovery-codes.repository';
import { createRegistrationRepository } from './registrations.repository';
import { createSessionRepository } from './sessions.repository';

/** The identity repositories bound to one transaction; `written` collects the outbox rows it adds. */
export function createIdentityRepos(tx: DbExecutor, cipher: FieldCipher, written: string[]): IdentityRepos {
  return {
    accounts: createAccountRepository(tx, cipher),
    patients: createPatientRegistry(tx, cipher),
    registrations: createRegistrationRepository(tx, cipher),
    codes: createCodeRepository(tx),
    sessions: createSessionRepository(tx, cipher),
    loginFailures: createLoginFailureRepository(tx),
    recoveryCodes: createRecoveryCodeRepository(tx),
    consents: createConsentRepository(tx),
    externalIdentities: createExternalIdentityRepository(tx),
    outbox: createTransactionOutbox(tx, cipher, written),
    audit: createAuditRepository(tx),
  };
}

/**
 * Identity's unit of work: every use case step runs in one transaction, so an account, its consent, its
 * session, its audit entry and its outbox message are written together or not at all.
 */
export function createIdentityStore(
  db: Database,
  cipher: FieldCipher,
  options: StoreOptions = {},
): IdentityStore {
  return {
    transaction: outboxTransaction(db, options, (tx, written) => createIdentityRepos(tx, cipher, written)),
    // Outside a transaction nothing may be written to the outbox: its rows would never be announced.
    read: (work) => work(createIdentityRepos(db, cipher, [])),
  };
}
