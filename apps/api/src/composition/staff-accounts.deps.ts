import type { StaffAccountsDeps } from '@talon/core/staff-accounts';
import { createStaffAccountsStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

/** Staff accounts: identity's secrets and the outbox kick, the web app's address for the invitation link. */
export const staffAccountsDeps = ({
  db,
  cipher,
  secrets,
  clock,
  config,
  afterCommit,
}: Infrastructure): StaffAccountsDeps => ({
  store: createStaffAccountsStore(db, cipher, { afterCommit }),
  secrets,
  clock,
  publicUrl: config.reminders.publicUrl,
});
