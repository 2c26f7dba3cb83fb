import type { AbsenceDeps, PracticeDeps } from '@talon/core/practice';
import { createAbsenceStore, createPracticeStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

export const practiceDeps = ({ db, cipher, clock }: Infrastructure): PracticeDeps => ({
  practice: createPracticeStore(db, cipher),
  clock,
  lookupHashes: (normalised) => cipher.lookupHashes(normalised),
});

export const absenceDeps = (infra: Infrastructure): AbsenceDeps => ({
  store: createAbsenceStore(infra.db, infra.cipher, { afterCommit: infra.afterCommit }),
  clock: infra.clock,
  rebookPriorityHours: infra.config.booking.rebookPriorityHours,
});
