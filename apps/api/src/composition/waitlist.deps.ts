import type { BookingDeps } from '@talon/core/booking';
import { type WaitlistDeps, waitlistPolicyOf } from '@talon/core/waitlist';
import { createWaitlistStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

export const waitlistDeps = (infra: Infrastructure, booking: BookingDeps): WaitlistDeps => ({
  store: createWaitlistStore(infra.db, infra.cipher, { afterCommit: infra.afterCommit }),
  clock: infra.clock,
  policy: waitlistPolicyOf(infra.config.booking),
  booking,
});
