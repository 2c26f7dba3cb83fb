import type { Principal } from '../identity';
import type { AnalyticsDeps } from './analytics.ports';
import type { LoadDetail, LoadReport } from './analytics.types';
import { analyticsPeriod } from './analytics-period';
import { analyticsScope } from './analytics-scope';
import { loadCsvTable } from './load-csv';
import { buildLoadReport } from './load-report';

export interface GetLoadInput {
  from?: string;
  to?: string;
  organization?: string;
  specialty?: string;
  practitioner?: string;
  /** The finest grouping; default `practitioner` for one clinic, `organization` for several (docs/analytics.md). */
  detail?: LoadDetail;
}

async function loadQueryFor(deps: AnalyticsDeps, principal: Principal, input: GetLoadInput) {
  const organizationIds = await analyticsScope(deps, principal, input.organization);
  const period = analyticsPeriod(input, deps.clock.now());
  // Practitioner rows by default once the scope is one clinic; for several, per clinic (an all-clinic
  // practitioner list is 5 700 rows, 3 MB; per clinic × specialty 3 700).
  const detail = input.detail ?? (organizationIds?.length === 1 ? 'practitioner' : 'organization');
  return {
    ...period,
    organizationIds,
    specialtyCode: input.specialty,
    practitionerId: input.practitioner,
    detail,
  };
}

/** The load of a period (seed 002 monitoring): offered, booked, outcomes, channels, per day and per doctor. */
export async function getLoad(
  deps: AnalyticsDeps,
  principal: Principal,
  input: GetLoadInput,
): Promise<LoadReport> {
  const query = await loadQueryFor(deps, principal, input);
  return buildLoadReport(query.from, query.to, await deps.analytics.loadSummary(query), query.detail);
}

/** The same figures as a table, one line per day × clinic × specialty × practitioner (CSV export). */
export async function exportLoad(deps: AnalyticsDeps, principal: Principal, input: GetLoadInput) {
  return loadCsvTable(await deps.analytics.loadRows(await loadQueryFor(deps, principal, input)));
}
