import type { Principal } from '../identity';

/**
 * The clinics a front-desk caller acts for (issue 13): a registrar's own clinics, and every clinic of a
 * call-centre operator's region. Outside them they neither book, nor see or change appointments, nor
 * browse patients by name.
 */
export interface RegistryScope {
  organizationIds: string[];
  regionCodes: string[];
}

/** A clinic as the scope needs it. */
export interface ScopedOrganization {
  organizationId: string;
  /** Null when the clinic does not exist: nothing is in scope then. */
  regionCode: string | null;
}

/** The caller's registry scope, or null when they hold neither a registrar nor a call-centre role. */
export function registryScopeOf(principal: Principal): RegistryScope | null {
  const organizationIds = principal.roles
    .filter((g) => g.role === 'registrar' && g.organizationId)
    .map((g) => g.organizationId as string);
  const regionCodes = principal.roles
    .filter((g) => g.role === 'call_centre' && g.regionCode)
    .map((g) => g.regionCode as string);
  return organizationIds.length || regionCodes.length ? { organizationIds, regionCodes } : null;
}

/** Is the clinic one the caller acts for? */
export function isInRegistryScope(scope: RegistryScope, organization: ScopedOrganization): boolean {
  if (organization.regionCode === null) return false;
  return (
    scope.organizationIds.includes(organization.organizationId) ||
    scope.regionCodes.includes(organization.regionCode)
  );
}

/**
 * The channel a front-desk caller books a clinic's slot through: the registry at their own clinic, the
 * call centre elsewhere in their region (docs/domain.md §2, slot channels).
 */
export function registryChannelFor(principal: Principal, organizationId: string): 'registry' | 'call_centre' {
  return principal.roles.some((g) => g.role === 'registrar' && g.organizationId === organizationId)
    ? 'registry'
    : 'call_centre';
}
