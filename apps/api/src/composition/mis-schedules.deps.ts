import type { MisSchedulesDeps } from '@talon/core/mis-schedules';
import { createMisScheduleStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

/** Schedules pushed by a regional MIS (issue 14 item 4): the store; the admins' notices go out at once. */
export const misSchedulesDeps = (infra: Infrastructure): MisSchedulesDeps => ({
  store: createMisScheduleStore(infra.db, infra.cipher, { afterCommit: infra.afterCommit }),
  clock: infra.clock,
});
