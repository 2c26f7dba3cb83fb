import { DEFAULT_SUPPORT_HOURS, type SupportDeps } from '@talon/core/support';
import { createSupportStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

/**
 * The support desk: its store (identity's accounts, outbox and audit with it), the clock, and the live chat's
 * working hours (weekdays 08:00–20:00 Moscow time; see docs/support.md).
 */
export const supportDeps = ({ db, cipher, clock, afterCommit }: Infrastructure): SupportDeps => ({
  store: createSupportStore(db, cipher, { afterCommit }),
  clock,
  hours: DEFAULT_SUPPORT_HOURS,
});
