import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { StaffAccountsErrorCode } from './staff-accounts.errors';
import type { StaffAccountsDeps } from './staff-accounts.ports';
import type { ClinicOverview } from './staff-accounts.types';
import { managedOrganizations } from './staff-rules';
import { clinicInScope } from './staff-scope';

/** At most this many clinics in one answer: the search narrows the rest down. */
export const CLINICS_LIST_LIMIT = 200;
/** The longest search text (name, short name, address or region's name). */
export const CLINIC_QUERY_MAX = 100;

/** The search as asked: trimmed text (null when blank), a region code of two digits or none. */
export function clinicSearchOf(input: { query?: string | null; region?: string | null }): {
  query: string | null;
  region: string | null;
} {
  const query = input.query?.trim().replace(/\s+/g, ' ') || null;
  if (query !== null && query.length > CLINIC_QUERY_MAX) {
    throw new DomainError(StaffAccountsErrorCode.CLINIC_QUERY_INVALID, { field: 'query.query' });
  }
  const region = input.region?.trim() || null;
  if (region !== null && !/^\d{2}$/.test(region)) {
    throw new DomainError(StaffAccountsErrorCode.CLINIC_QUERY_INVALID, { field: 'query.region' });
  }
  return { query, region };
}

/**
 * «Клиники» (issue 13 item 3): every clinic for a system admin, a clinic admin's own clinics, with their
 * region, address and the counts an administrator looks at — practitioners, staff accounts by status,
 * attached patients, today's visits (the clinic's own day) — found by name, address or region.
 */
export async function listClinics(
  deps: StaffAccountsDeps,
  principal: Principal,
  input: { query?: string | null; region?: string | null },
): Promise<ClinicOverview[]> {
  const search = clinicSearchOf(input);
  const now = deps.clock.now();
  return deps.store.transaction((repos) =>
    repos.clinics.list(
      { organizationIds: managedOrganizations(principal), ...search, limit: CLINICS_LIST_LIMIT },
      now,
    ),
  );
}

/** One clinic of the caller's scope; another (or none) is 404 with an `access.denied` entry. */
export async function getClinic(
  deps: StaffAccountsDeps,
  principal: Principal,
  input: { organizationId: string; origin: RequestOrigin },
): Promise<ClinicOverview> {
  const organizationId = await clinicInScope(deps, principal, input.organizationId, input.origin);
  const now = deps.clock.now();
  const [clinic] = await deps.store.transaction((repos) =>
    repos.clinics.list({ organizationIds: [organizationId], query: null, region: null, limit: 1 }, now),
  );
  if (!clinic) throw new DomainError(StaffAccountsErrorCode.STAFF_ORGANIZATION_NOT_FOUND);
  return clinic;
}
