import { registryScopeOf } from '../access';
import type { Principal } from '../identity';
import { DomainError } from '../shared';
import { RegistryErrorCode } from './registry.errors';

/**
 * The clinic a desk action is for: the one named (the caller's scope is checked by the use case), or a
 * registrar's only clinic; `CLINIC_REQUIRED` for a caller of several clinics or a region.
 */
export function deskClinic(
  principal: Principal,
  organizationId: string | undefined,
  field = 'body.organizationId',
): string {
  if (organizationId) return organizationId;
  const scope = registryScopeOf(principal);
  if (scope?.organizationIds.length === 1 && scope.regionCodes.length === 0) return scope.organizationIds[0]!;
  throw new DomainError(RegistryErrorCode.CLINIC_REQUIRED, { field });
}
