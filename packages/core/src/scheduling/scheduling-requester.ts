import { AuditAction, type AuditEntry } from '../audit';
import type { Principal, RequestOrigin, RoleGrant } from '../identity';
import { DomainError } from '../shared';
import { SchedulingErrorCode } from './scheduling.errors';
import type { SchedulingRepos, SchedulingRole, SchedulingScope } from './scheduling.ports';
import type { RegenerationResult } from './scheduling.types';

/** Who manages schedules, and from where: every change is audited with both. */
export interface SchedulingRequester {
  principal: Principal;
  origin: RequestOrigin;
}

/**
 * Whose schedules an admin may manage (docs/domain.md rule 16): a system admin every role, a clinic admin the roles
 * of the clinics they administer. Anyone else none (the route refuses them first).
 */
export function schedulingScopeOf(roles: readonly RoleGrant[]): SchedulingScope {
  if (roles.some((grant) => grant.role === 'system_admin')) return { kind: 'all' };
  const organizationIds = roles
    .filter((grant) => grant.role === 'clinic_admin' && grant.organizationId)
    .map((grant) => grant.organizationId as string);
  return { kind: 'organizations', organizationIds };
}

export const isInScope = (scope: SchedulingScope, organizationId: string): boolean =>
  scope.kind === 'all' || scope.organizationIds.includes(organizationId);

/** The role, locked for the rest of the transaction, when it exists and lies in the caller's scope. */
export async function lockRoleInScope(
  repos: SchedulingRepos,
  requester: SchedulingRequester,
  roleId: string,
  field?: string,
): Promise<SchedulingRole> {
  const scope = schedulingScopeOf(requester.principal.roles);
  const role = await repos.schedules.findRole(roleId);
  if (!role || !isInScope(scope, role.organizationId)) {
    throw new DomainError(SchedulingErrorCode.PRACTITIONER_ROLE_NOT_FOUND, field ? { field } : {});
  }
  await repos.schedules.lockRole(roleId);
  return role;
}

const adminRoleOf = (roles: readonly RoleGrant[]) =>
  roles.some((grant) => grant.role === 'system_admin') ? 'system_admin' : 'clinic_admin';

/** The audit fields of a change made by an admin. */
export const adminAudit = (requester: SchedulingRequester, at: Date) =>
  ({
    actorAccountId: requester.principal.accountId,
    actorRole: adminRoleOf(requester.principal.roles),
    ip: requester.origin.ip,
    userAgent: requester.origin.userAgent,
    occurredAt: at,
  }) satisfies Partial<AuditEntry>;

/**
 * Records each conflict (a booked slot no longer inside working hours) for the clinic admin as an audit
 * entry `schedule.conflict` on the slot, in the transaction of the change that caused it.
 */
export async function recordConflicts(
  repos: SchedulingRepos,
  requester: SchedulingRequester,
  role: SchedulingRole,
  result: RegenerationResult,
  at: Date,
): Promise<void> {
  for (const conflict of result.conflicts) {
    await repos.audit.record({
      ...adminAudit(requester, at),
      action: AuditAction.SCHEDULE_CONFLICT,
      outcome: 'failure',
      recordType: 'slot',
      recordId: conflict.slotId,
      reason: 'booked slot outside working hours',
      details: {
        practitionerRoleId: role.id,
        organizationId: role.organizationId,
        startsAt: conflict.startsAt.toISOString(),
        endsAt: conflict.endsAt.toISOString(),
      },
    });
  }
}
