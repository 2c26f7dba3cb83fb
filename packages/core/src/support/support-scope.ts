import type { SupportScope } from './support.types';

type Grant = { role: string; organizationId: string | null };

/** The roles that may call the operators' routes (the route checks them first). */
export const SUPPORT_STAFF_ROLES = ['support', 'system_admin', 'clinic_admin'] as const;

/**
 * Whose tickets a staff member handles: support operators and the system admin all of them, a clinic admin
 * those that concern their clinics (a low survey rating of the clinic, a complaint about it).
 */
export function supportScopeOf(roles: readonly Grant[]): SupportScope {
  if (roles.some((grant) => grant.role === 'support' || grant.role === 'system_admin'))
    return { kind: 'all' };
  const organizationIds = roles
    .filter((grant) => grant.role === 'clinic_admin' && grant.organizationId)
    .map((grant) => grant.organizationId as string);
  return { kind: 'organizations', organizationIds: [...new Set(organizationIds)] };
}

/** Does the staff member handle a ticket of `organizationId` (null: a ticket of no clinic)? */
export function handlesSupportTicketOf(
  principal: { roles: readonly Grant[] },
  organizationId: string | null,
): boolean {
  const scope = supportScopeOf(principal.roles);
  return scope.kind === 'all' || (organizationId !== null && scope.organizationIds.includes(organizationId));
}

/** Canned answers and the knowledge base are kept by the operators and the system admin. */
export const keepsSupportTexts = (roles: readonly Grant[]) =>
  roles.some((grant) => grant.role === 'support' || grant.role === 'system_admin');
