import { requireAuditKey } from '@talon/config';
import type { AuditDeps } from '@talon/core/audit';
import { checkAuditLog, createAuditRepository } from '@talon/db';
import type { Infrastructure } from './infrastructure';

export const auditDeps = ({ db, clock, config }: Infrastructure): AuditDeps => ({
  audit: createAuditRepository(db),
  // The key is asked for when the check runs: the process already refuses to start without it in production.
  chain: {
    verify: async () =>
      (
        await checkAuditLog(db, requireAuditKey(config), {
          checkpointDir: config.audit.checkpointDir,
          now: clock.now(),
        })
      ).result,
  },
  clock,
});
