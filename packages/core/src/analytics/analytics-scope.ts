import type { Principal } from '../identity';
import { DomainError } from '../shared';
import { AnalyticsErrorCode } from './analytics.errors';
import type { AnalyticsDeps } from './analytics.ports';

/**
 * The clinics whose figures the caller sees (docs/domain.md rule 16): a system admin any (null: all), a
 * clinic admin the clinics of their role. A named clinic outside that scope, or one that does not exist, is
 * 404 — the same answer, so a clinic admin learns nothing of other clinics.
 */
export async function analyticsScope(
  deps: AnalyticsDeps,
  principal: Principal,
  organization: string | undefined,
): Promise<readonly string[] | null> {
  const isSystemAdmin = principal.roles.some((grant) => grant.role === 'system_admin');
  const own = principal.roles
    .filter((grant) => grant.role === 'clinic_admin' && grant.organizationId)
    .map((grant) => grant.organizationId as string);
  const notFound = () =>
    new DomainError(AnalyticsErrorCode.ANALYTICS_ORGANIZATION_NOT_FOUND, { field: 'query.organization' });
  if (organization === undefined) return isSystemAdmin ? null : own;
  if (!isSystemAdmin && !own.includes(organization)) throw notFound();
  if (!(await deps.analytics.organizationExists(organization))) throw notFound();
  return [organization];
}
