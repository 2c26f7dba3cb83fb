import { AuditAction } from './audit-action';
import type { AuditLog } from './audit-log';

interface StaffPrincipal {
  accountId: string;
  roles: readonly { role: string }[];
}

/** The role a staff member acts in, for the audit log. */
export const staffRoleOf = (principal: Pick<StaffPrincipal, 'roles'>): string | null =>
  ['system_admin', 'clinic_admin', 'registrar', 'support'].find((role) =>
    principal.roles.some((g) => g.role === role),
  ) ?? null;

/**
 * Records that a staff member read a page of a queue of people's requests: the ids only, never what the
 * requests say. An empty page read nobody's data and is not recorded.
 */
export async function recordRequestListRead(
  log: AuditLog,
  read: {
    principal: StaffPrincipal;
    recordType: string;
    ids: readonly string[];
    origin: { ip: string | null; userAgent: string | null };
    at: Date;
  },
): Promise<void> {
  if (!read.ids.length) return;
  await log.record({
    actorAccountId: read.principal.accountId,
    actorRole: staffRoleOf(read.principal),
    action: AuditAction.RECORD_READ,
    outcome: 'success',
    recordType: read.recordType,
    ip: read.origin.ip,
    userAgent: read.origin.userAgent,
    details: { requestIds: [...read.ids] },
    occurredAt: read.at,
  });
}
