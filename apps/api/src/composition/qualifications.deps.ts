import type { QualificationsDeps } from '@talon/core/qualifications';
import { createQualificationsStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

export const qualificationsDeps = (infra: Infrastructure): QualificationsDeps => ({
  store: createQualificationsStore(infra.db, infra.cipher, { afterCommit: infra.afterCommit }),
  clock: infra.clock,
});
