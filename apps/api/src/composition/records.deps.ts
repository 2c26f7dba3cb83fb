import { randomUUID } from 'node:crypto';
import type { AccessDeps } from '@talon/core/access';
import type { ClinicalReference, RecordsDeps } from '@talon/core/records';
import { createRecordsStore } from '@talon/db';
import { findAnalyte, findMedicine } from '@talon/db/clinical-reference';
import type { Infrastructure } from './infrastructure';

/** The shipped clinical reference as the record's rules consult it (analytes' ranges, medicines). */
const clinicalReference: ClinicalReference = {
  analyte: findAnalyte,
  medicine: (id) => {
    const medicine = findMedicine(id);
    return medicine ? { id: medicine.id, name: medicine.inn } : undefined;
  },
};

export const recordsDeps = (infra: Infrastructure, access: AccessDeps): RecordsDeps => ({
  store: createRecordsStore(infra.db, infra.cipher, { afterCommit: infra.afterCommit }),
  access,
  clock: infra.clock,
  reference: clinicalReference,
  files: infra.files,
  newId: randomUUID,
});
