import type { TSpecialtyWait } from '@talon/contracts';
import type { SpecialtyWait } from '@talon/core/analytics';

/** A specialty's wait as the API shows it: ISO times, the norm's limit null where there is none. */
export const toSpecialtyWait = (wait: SpecialtyWait): TSpecialtyWait => ({
  ...wait,
  thirdSlotAt: wait.thirdSlotAt?.toISOString() ?? null,
  norm: { kind: wait.norm.kind, limit: wait.norm.kind === 'none' ? null : wait.norm.limit },
});
