import { DEFAULT_SUPPORT_HOURS, parseSupportHours, type SupportDeps } from '@talon/core/support';
import { createSupportStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

/**
 * The support desk: its store (identity's accounts, outbox and audit with it), the clock, and the live chat's
 * working hours (`SUPPORT_HOURS`, weekdays 08:00–20:00 Moscow time by default; docs/support.md).
 */
export const supportDeps = ({ db, cipher, clock, config, afterCommit }: Infrastructure): SupportDeps => ({
  store: createSupportStore(db, cipher, { afterCommit }),
  clock,
  // `SUPPORT_HOURS` is checked when the configuration loads; the default stands in only if it did not parse.
  hours: parseSupportHours(config.supportHours) ?? DEFAULT_SUPPORT_HOURS,
});
