import type { RoleGrant } from '../identity';
import type { AttachmentScope } from './attachment.ports';

/** The clinic staff who decide attachment to a clinic: its registry and its admin. */
const CLINIC_HANDLERS: ReadonlySet<string> = new Set(['registrar', 'clinic_admin']);

/** The roles that may call the registry's attachment routes (the route checks them first). */
export const ATTACHMENT_STAFF_ROLES = ['registrar', 'clinic_admin', 'system_admin'] as const;

/** Whose requests a staff member handles: those made to their clinics; a system admin all. */
export function attachmentScopeOf(roles: readonly RoleGrant[]): AttachmentScope {
  if (roles.some((grant) => grant.role === 'system_admin')) return { kind: 'all' };
  const organizationIds = roles
    .filter((grant) => CLINIC_HANDLERS.has(grant.role) && grant.organizationId)
    .map((grant) => grant.organizationId as string);
  return { kind: 'organizations', organizationIds: [...new Set(organizationIds)] };
}

/** Does the staff member handle attachment to `organizationId`? */
export function handlesAttachmentTo(
  principal: { roles: readonly { role: string; organizationId: string | null }[] },
  organizationId: string,
): boolean {
  return principal.roles.some(
    (grant) =>
      grant.role === 'system_admin' ||
      (CLINIC_HANDLERS.has(grant.role) && grant.organizationId === organizationId),
  );
}
