import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { IntegrationClientsErrorCode } from './integration-clients.errors';
import type { IntegrationClientsDeps } from './integration-clients.ports';

const isSystemAdmin = (principal: Principal): boolean =>
  principal.roles.some((grant) => grant.role === 'system_admin');

/**
 * Integration clients reach every clinic's data: only the system admin manages them. Anyone else of the
 * admin cabinet is refused (403) and the refusal is written to the audit log.
 */
export async function requireSystemAdmin(
  deps: IntegrationClientsDeps,
  principal: Principal,
  origin: RequestOrigin | null,
): Promise<void> {
  if (isSystemAdmin(principal)) return;
  await deps.store.transaction((repos) =>
    repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: principal.roles[0]?.role ?? null,
      action: AuditAction.ACCESS_DENIED,
      outcome: 'denied',
      reason: 'system_admin_only',
      recordType: 'integration_client',
      ip: origin?.ip ?? null,
      userAgent: origin?.userAgent ?? null,
      occurredAt: deps.clock.now(),
    }),
  );
  throw new DomainError(IntegrationClientsErrorCode.INTEGRATION_CLIENTS_SYSTEM_ADMIN_ONLY);
}
