import type { Principal } from '../identity';
import type { StaffAccountsDeps } from './staff-accounts.ports';
import type { GrantableStaffRole, StaffMember, StaffStatus } from './staff-accounts.types';
import { managedOrganizations } from './staff-rules';
import { clinicInScope } from './staff-scope';

/**
 * The staff of the caller's clinics (or of the one named) with their roles there, status, second factor and
 * last login, and the open invitations. A clinic admin names only their clinics; another is 404.
 */
export async function listStaff(
  deps: StaffAccountsDeps,
  principal: Principal,
  input: { organization?: string; status?: StaffStatus; role?: GrantableStaffRole },
): Promise<StaffMember[]> {
  const organizationIds =
    input.organization === undefined
      ? managedOrganizations(principal)
      : [await clinicInScope(deps, principal, input.organization, null)];
  const now = deps.clock.now();
  return deps.store.transaction((repos) =>
    repos.staff.list({ organizationIds, status: input.status, role: input.role }, now),
  );
}
