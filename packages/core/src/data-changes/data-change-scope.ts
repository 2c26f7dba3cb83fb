import type { RoleGrant } from '../identity';
import type { DataChangeScope } from './data-changes.types';

/** The clinic staff who handle a clinic's patients' requests: its registry and its admin. */
const CLINIC_HANDLERS: ReadonlySet<string> = new Set(['registrar', 'clinic_admin']);

/** The roles that may call the staff routes (the route checks them first). */
export const DATA_CHANGE_STAFF_ROLES = ['registrar', 'clinic_admin', 'system_admin'] as const;

/**
 * Whose requests a staff member handles (docs/identity.md, registry scope): a registrar or clinic admin those
 * of patients attached to their clinics, a system admin all of them.
 */
export function dataChangeScopeOf(roles: readonly RoleGrant[]): DataChangeScope {
  if (roles.some((grant) => grant.role === 'system_admin')) return { kind: 'all' };
  const organizationIds = roles
    .filter((grant) => CLINIC_HANDLERS.has(grant.role) && grant.organizationId)
    .map((grant) => grant.organizationId as string);
  return { kind: 'organizations', organizationIds: [...new Set(organizationIds)] };
}

/** Does the staff member handle the requests of a patient attached to `organizationId`? */
export function handlesPatientOf(
  principal: { roles: readonly { role: string; organizationId: string | null }[] },
  organizationId: string | null,
): boolean {
  if (principal.roles.some((grant) => grant.role === 'system_admin')) return true;
  return (
    organizationId !== null &&
    principal.roles.some(
      (grant) => CLINIC_HANDLERS.has(grant.role) && grant.organizationId === organizationId,
    )
  );
}
