import type { MisSchedulesDeps } from '@talon/core/mis-schedules';
import { waitlistPolicyOf, waitlistSlotEvents } from '@talon/core/waitlist';
import { createMisScheduleStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

/**
 * Schedules pushed by a regional MIS (issue 14 item 4): the store; the admins' notices go out at once, and a
 * slot the MIS opens is offered to the waitlist first, as a cancelled one is.
 */
export function misSchedulesDeps(infra: Infrastructure): MisSchedulesDeps {
  const waitlistPolicy = waitlistPolicyOf(infra.config.booking);
  return {
    store: createMisScheduleStore(infra.db, infra.cipher, {
      afterCommit: infra.afterCommit,
      slotEvents: (repos) => waitlistSlotEvents(repos, waitlistPolicy),
    }),
    clock: infra.clock,
  };
}
