import type { AccessStore } from '@talon/core/access';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createIdentityRepos, type IdentityStoreOptions } from '../identity/identity-store';
import { createAccessFactsRepository } from './access-facts.repository';
import { createEmergencyAccessRepository } from './emergency-accesses.repository';
import { createPatientCardRepository } from './patient-cards.repository';
import { createRepresentativeRepository } from './representatives.repository';

/** The access module's unit of work: identity's repositories plus relations, emergency grants and links. */
export function createAccessStore(
  db: Database,
  cipher: FieldCipher,
  options: IdentityStoreOptions = {},
): AccessStore {
  return {
    async transaction(work) {
      const written: string[] = [];
      const result = await db.transaction((tx) =>
        work({
          ...createIdentityRepos(tx, cipher, written),
          accessFacts: createAccessFactsRepository(tx),
          emergencyAccesses: createEmergencyAccessRepository(tx, cipher),
          patientCards: createPatientCardRepository(tx, cipher),
          representatives: createRepresentativeRepository(tx, cipher),
        }),
      );
      if (written.length) options.afterCommit?.(written);
      return result;
    },
  };
}
