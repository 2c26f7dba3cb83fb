import { AuditAction } from './audit-action';
import type { AuditVerification } from './audit-check';
import type { AuditDeps, AuditSearcher } from './search-audit-events';

/**
 * A system admin's check of the whole audit chain from the admin page: the same check as
 * `npm run audit:verify`, recorded with its outcome (the entry itself joins the tail the next check reads).
 */
export async function verifyAuditLog(
  deps: AuditDeps,
  principal: AuditSearcher,
  input: { origin: { ip?: string | null; userAgent?: string | null } },
): Promise<AuditVerification> {
  const result = await deps.chain.verify();
  await deps.audit.record({
    action: AuditAction.ADMIN_AUDIT_VERIFY,
    outcome: result.ok ? 'success' : 'failure',
    actorAccountId: principal.accountId,
    actorRole: 'system_admin',
    reason: result.problem ?? null,
    ip: input.origin.ip ?? null,
    userAgent: input.origin.userAgent ?? null,
    details: { checked: result.checked, brokenAt: result.brokenAt ?? null },
    occurredAt: deps.clock.now(),
  });
  return result;
}
