import type { AuditEntry } from '../audit';
import type { Principal, RequestOrigin, RoleGrant } from '../identity';
import { DomainError } from '../shared';
import { PrivacyErrorCode } from './privacy.errors';
import type { DataRequestScope } from './privacy.ports';

/**
 * The person whose data "my" means: always the caller's own patient card, never an id from the request, so
 * nobody can reach another person's data through these use cases.
 */
export function ownPatientId(principal: Principal): string {
  if (!principal.patientId) throw new DomainError(PrivacyErrorCode.NOT_A_PATIENT);
  return principal.patientId;
}

/** The audit fields of a request made by the person about their own data, from `origin`. */
export const selfAudit = (principal: Principal, origin: RequestOrigin, at: Date) =>
  ({
    actorAccountId: principal.accountId,
    actorRole: 'patient',
    subjectPatientId: principal.patientId,
    ip: origin.ip,
    userAgent: origin.userAgent,
    occurredAt: at,
  }) satisfies Partial<AuditEntry>;

const ADMIN_ROLES = ['system_admin', 'clinic_admin'] as const;

/** The admin role a caller acts in (system admin before clinic admin), or null. */
export const adminRoleOf = (roles: readonly RoleGrant[]): 'system_admin' | 'clinic_admin' | null =>
  ADMIN_ROLES.find((role) => roles.some((grant) => grant.role === role)) ?? null;

/**
 * Which requests an admin may see (docs/domain.md rule 16): a system admin all of them, a clinic admin those of
 * patients attached to the clinics they administer. Anyone else sees none (the route refuses them first).
 */
export function dataRequestScopeOf(roles: readonly RoleGrant[]): DataRequestScope {
  if (roles.some((grant) => grant.role === 'system_admin')) return { kind: 'all' };
  const organizationIds = roles
    .filter((grant) => grant.role === 'clinic_admin' && grant.organizationId)
    .map((grant) => grant.organizationId as string);
  return { kind: 'organizations', organizationIds };
}
