import type { AccessStore } from '@talon/core/access';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createIdentityRepos } from '../identity/identity-store';
import { outboxTransaction, type StoreOptions } from '../unit-of-work';
import { createAccessFactsRepository } from './access-facts.repository';
import { createEmergencyAccessRepository } from './emergency-accesses.repository';
import { createPatientCardRepository } from './patient-cards.repository';
import { createRepresentativeRepository } from './representatives.repository';

/** The access module's unit of work: identity's repositories plus relations, emergency grants and links. */
export function createAccessStore(
  db: Database,
  cipher: FieldCipher,
  options: StoreOptions = {},
): AccessStore {
  return {
    transaction: outboxTransaction(db, options, (tx, written) => ({
      ...createIdentityRepos(tx, cipher, written),
      accessFacts: createAccessFactsRepository(tx),
      emergencyAccesses: createEmergencyAccessRepository(tx, cipher),
      patientCards: createPatientCardRepository(tx, cipher),
      representatives: createRepresentativeRepository(tx, cipher),
    })),
  };
}
