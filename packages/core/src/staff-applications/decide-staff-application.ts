import { AuditAction, recordStaffRefusal } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { schedulingScopeOf } from '../scheduling';
import { DomainError } from '../shared';
import { tellOfApplicationStatus } from './application-messages';
import { type ApplicationMove, applicationStatusAfter, rejectionReason } from './application-workflow';
import { StaffApplicationsErrorCode } from './staff-applications.errors';
import type { StaffApplicationsDeps } from './staff-applications.ports';
import type { StaffApplicationStatus, StaffApplicationView } from './staff-applications.types';

const actorRoleOf = (principal: Principal) =>
  principal.roles.some((g) => g.role === 'system_admin') ? 'system_admin' : 'clinic_admin';

/** «Заявления сотрудников»: applications to the admin's clinics (a system admin: all), oldest first. */
export async function listClinicStaffApplications(
  deps: StaffApplicationsDeps,
  principal: Principal,
  input: { status?: StaffApplicationStatus | null },
): Promise<StaffApplicationView[]> {
  const scope = schedulingScopeOf(principal.roles);
  const ids = scope.kind === 'all' ? null : scope.organizationIds;
  return deps.store.transaction((repos) => repos.applications.listForClinics(ids, input.status ?? null));
}

/**
 * The clinic admin takes an application in review, approves or rejects it (a rejection needs its reason);
 * the applicant is told in the app and by e-mail and the change is audited, in one transaction. Another
 * clinic's application is 404 with an `access.denied` entry written apart (the refused transaction rolls back).
 */
export async function decideStaffApplication(
  deps: StaffApplicationsDeps,
  principal: Principal,
  input: { id: string; move: ApplicationMove; reason?: string | null; origin: RequestOrigin },
): Promise<StaffApplicationView> {
  const scope = schedulingScopeOf(principal.roles);
  const reason = input.move === 'reject' ? rejectionReason(input.reason) : null;
  const now = deps.clock.now();
  const outcome = await deps.store.transaction(async (repos) => {
    const application = await repos.applications.find(input.id);
    if (!application) throw new DomainError(StaffApplicationsErrorCode.STAFF_APPLICATION_NOT_FOUND);
    if (scope.kind !== 'all' && !scope.organizationIds.includes(application.organization.id)) {
      return 'refused' as const;
    }
    const to = applicationStatusAfter(application.status, input.move);
    const changed = await repos.applications.setStatus(application.id, {
      from: application.status,
      to,
      at: now,
      byAccountId: principal.accountId,
      rejectionReason: reason,
    });
    if (!changed) {
      throw new DomainError(StaffApplicationsErrorCode.STAFF_APPLICATION_STATUS_CONFLICT, {
        params: { status: application.status },
      });
    }
    const decided = (await repos.applications.find(application.id))!;
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: actorRoleOf(principal),
      action: AuditAction.STAFF_APPLICATION_DECIDE,
      outcome: 'success',
      recordType: 'staff_application',
      recordId: application.id,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: { number: application.number, from: application.status, to },
      occurredAt: now,
    });
    await tellOfApplicationStatus(repos, decided);
    return decided;
  });
  if (outcome !== 'refused') return outcome;
  await deps.store.transaction((repos) =>
    recordStaffRefusal(repos.audit, {
      actorAccountId: principal.accountId,
      actorRole: actorRoleOf(principal),
      reason: 'staff_scope',
      recordType: 'staff_application',
      recordId: input.id,
      origin: input.origin,
      at: now,
    }),
  );
  throw new DomainError(StaffApplicationsErrorCode.STAFF_APPLICATION_NOT_FOUND);
}
