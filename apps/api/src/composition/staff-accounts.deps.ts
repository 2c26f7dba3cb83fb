import type { StaffAccountsDeps } from '@talon/core/staff-accounts';
import { createStaffAccountsStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

/** Staff accounts: identity's secrets and the outbox kick, the web app's address for the invitation link. */
export const staffAccountsDeps = (infra: Infrastructure): StaffAccountsDeps => ({
  store: createStaffAccountsStore(infra.db, infra.cipher, { afterCommit: infra.afterCommit }),
  secrets: infra.secrets,
  clock: infra.clock,
  publicUrl: infra.config.reminders.publicUrl,
});
