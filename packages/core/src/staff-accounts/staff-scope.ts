import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { StaffAccountsErrorCode } from './staff-accounts.errors';
import type { StaffAccountsDeps } from './staff-accounts.ports';
import { managedOrganizations, managesOrganization } from './staff-rules';

export const actorRoleOf = (principal: Principal): string =>
  principal.roles.some((grant) => grant.role === 'system_admin') ? 'system_admin' : 'clinic_admin';

/**
 * A refusal outside the caller's clinics: written to the audit log in its own transaction (the failing one
 * rolls back) and answered 404 like a clinic or account that does not exist (docs/identity.md).
 */
export async function refuse(
  deps: StaffAccountsDeps,
  principal: Principal,
  origin: RequestOrigin | null,
  record: { type: 'organization' | 'account'; id: string },
): Promise<never> {
  await deps.store.transaction((repos) =>
    repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: actorRoleOf(principal),
      action: AuditAction.ACCESS_DENIED,
      outcome: 'denied',
      reason: 'staff_scope',
      recordType: record.type,
      recordId: record.id,
      ip: origin?.ip ?? null,
      userAgent: origin?.userAgent ?? null,
      occurredAt: deps.clock.now(),
    }),
  );
  throw new DomainError(
    record.type === 'organization'
      ? StaffAccountsErrorCode.STAFF_ORGANIZATION_NOT_FOUND
      : StaffAccountsErrorCode.STAFF_NOT_FOUND,
    record.type === 'organization' ? { field: 'organizationId' } : {},
  );
}

/**
 * The clinic a change is about: the one named, or the caller's only clinic. Outside the caller's scope, or
 * unknown, it is 404 with an `access.denied` entry.
 */
export async function clinicInScope(
  deps: StaffAccountsDeps,
  principal: Principal,
  organizationId: string | undefined,
  origin: RequestOrigin | null,
): Promise<string> {
  const own = managedOrganizations(principal);
  const chosen = organizationId ?? (own?.length === 1 ? own[0] : undefined);
  if (!chosen) {
    throw new DomainError(StaffAccountsErrorCode.STAFF_ORGANIZATION_NOT_FOUND, { field: 'organizationId' });
  }
  const exists = await deps.store.transaction((repos) => repos.staff.organizationExists(chosen));
  if (!managesOrganization(principal, chosen) || !exists) {
    return refuse(deps, principal, origin, { type: 'organization', id: chosen });
  }
  return chosen;
}
