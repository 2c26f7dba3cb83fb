import type { Principal } from '../identity';
import { schedulingScopeOf } from '../scheduling';
import { addDays, localDate } from '../shared';
import { daysLeft } from './accreditation-reminders';
import type { QualificationsDeps } from './qualifications.ports';
import type { ExpiringQualificationView } from './qualifications.types';

/**
 * The clinic admin's view: accreditations of the practitioners of their clinics (a system admin: all)
 * ending within `days` days (90 by default) and not followed by a newer one, soonest first.
 */
export async function listExpiringQualifications(
  deps: QualificationsDeps,
  principal: Principal,
  input: { days?: number },
): Promise<ExpiringQualificationView[]> {
  const scope = schedulingScopeOf(principal.roles);
  const now = deps.clock.now();
  const today = localDate(now, 'Europe/Moscow');
  return deps.store.transaction(async (repos) => {
    const rows = await repos.qualifications.expiring(
      scope.kind === 'all' ? null : scope.organizationIds,
      addDays(today, -1),
      addDays(today, (input.days ?? 90) + 1),
    );
    return rows
      .map((row) => ({ ...row, daysLeft: daysLeft(row.validUntil, now, row.timeZone) }))
      .filter((row) => row.daysLeft >= 0 && row.daysLeft <= (input.days ?? 90))
      .map(({ timeZone: _zone, ...row }) => row);
  });
}
