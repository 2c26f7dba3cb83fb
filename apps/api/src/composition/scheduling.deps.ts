import type { SchedulingDeps } from '@talon/core/scheduling';
import { createSchedulingStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

export const schedulingDeps = ({ db, clock }: Infrastructure): SchedulingDeps => ({
  store: createSchedulingStore(db),
  clock,
});
