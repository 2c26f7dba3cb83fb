import type { AuditDeps } from '@talon/core/audit';
import { createAuditRepository } from '@talon/db';
import type { Infrastructure } from './infrastructure';

export const auditDeps = ({ db, clock }: Infrastructure): AuditDeps => ({
  audit: createAuditRepository(db),
  clock,
});
