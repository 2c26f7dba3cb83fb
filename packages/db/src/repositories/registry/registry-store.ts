import type { RegistryStore } from '@talon/core/registry';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createAuditRepository } from '../audit.repository';
import { createPatientSearchRepository } from './patient-search.repository';
import { createQueueRepository } from './queue.repository';
import { createWalkInRepository } from './walk-in.repository';

/** The registry module's unit of work: patient look-ups, walk-in cards and the audit entry of each, committed together. */
export function createRegistryStore(db: Database, cipher: FieldCipher): RegistryStore {
  return {
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          patientSearch: createPatientSearchRepository(tx, cipher),
          walkIns: createWalkInRepository(tx, cipher),
          queue: createQueueRepository(tx),
          audit: createAuditRepository(tx),
        }),
      ),
  };
}
