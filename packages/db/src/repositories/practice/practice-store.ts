import type { PracticeStore } from '@talon/core/practice';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { createAuditRepository } from '../audit.repository';
import { createPracticeRepository } from './practice.repository';

/** The practice module's unit of work: the practitioner's reads and their audit entries, committed together. */
export function createPracticeStore(db: Database, cipher: FieldCipher): PracticeStore {
  return {
    transaction: (work) =>
      db.transaction((tx) =>
        work({ practice: createPracticeRepository(tx, cipher), audit: createAuditRepository(tx) }),
      ),
  };
}
