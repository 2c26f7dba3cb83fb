import type { PracticeDeps } from '@talon/core/practice';
import { createPracticeStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

export const practiceDeps = ({ db, cipher, clock }: Infrastructure): PracticeDeps => ({
  practice: createPracticeStore(db, cipher),
  clock,
  lookupHashes: (normalised) => cipher.lookupHashes(normalised),
});
