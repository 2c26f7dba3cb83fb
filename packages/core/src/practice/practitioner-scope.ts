import type { Principal } from '../identity';
import { DomainError } from '../shared';
import { PracticeErrorCode } from './practice.errors';
import type { PractitionerScope } from './practice.ports';

/**
 * The practitioner the caller is and the clinics where the account works as a doctor or nurse: a doctor may
 * work at two clinics, and reads only their own visits there. An account without both refuses.
 */
export function practitionerScopeOf(principal: Principal): PractitionerScope {
  const organizationIds = [
    ...new Set(
      principal.roles
        .filter((g) => (g.role === 'doctor' || g.role === 'nurse') && g.organizationId)
        .map((g) => g.organizationId as string),
    ),
  ];
  if (!principal.practitionerId || organizationIds.length === 0) {
    throw new DomainError(PracticeErrorCode.NOT_A_PRACTITIONER);
  }
  return { practitionerId: principal.practitionerId, organizationIds };
}
