import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { schedulingScopeOf } from '../scheduling';
import { addDays, DomainError } from '../shared';
import { tellOfEnrolmentDecision } from './course-messages';
import { CourseErrorCode } from './courses.errors';
import type { CourseDeps } from './courses.ports';
import type { EnrolmentStatus, EnrolmentView, PractitionerCredits } from './courses.types';
import { courseToday } from './courses-calendar-day';
import { creditsByPractitioner } from './credits-report';
import { MAX_ENROLMENT_REASON } from './enrol-in-course';
import { enrolmentStatusAfter } from './enrolment-workflow';

const clinicsOf = (principal: Principal) => {
  const scope = schedulingScopeOf(principal.roles);
  return { scope, ids: scope.kind === 'all' ? null : scope.organizationIds };
};

/** The clinic admin's queue: enrolments of their clinics' practitioners (a system admin: all), by status. */
export async function listEnrolments(
  deps: CourseDeps,
  principal: Principal,
  input: { status?: EnrolmentStatus | null },
): Promise<EnrolmentView[]> {
  const { ids } = clinicsOf(principal);
  return deps.store.transaction((repos) => repos.enrolments.listForClinics(ids, input.status ?? null));
}

/**
 * The clinic admin approves an enrolment (processing → approved) or cancels one (processing or approved →
 * cancelled, with a reason the practitioner reads). An approval takes a seat by the course row's conditional
 * UPDATE in the same transaction as the status (docs/domain.md rule 28): when no seat is left the whole
 * decision rolls back with COURSE_FULL — never more approved enrolments than seats, whatever the concurrency.
 */
export async function decideEnrolment(
  deps: CourseDeps,
  principal: Principal,
  input: { id: string; decision: 'approve' | 'cancel'; reason?: string | null; origin: RequestOrigin },
): Promise<EnrolmentView> {
  const { scope } = clinicsOf(principal);
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const enrolment = await repos.enrolments.find(input.id);
    if (!enrolment || (scope.kind !== 'all' && !scope.organizationIds.includes(enrolment.organization.id))) {
      throw new DomainError(CourseErrorCode.ENROLMENT_NOT_FOUND);
    }
    const to = enrolmentStatusAfter(enrolment.status, input.decision);
    const changed = await repos.enrolments.setStatus(enrolment.id, {
      from: enrolment.status,
      to,
      at: now,
      byAccountId: principal.accountId,
      ...(to === 'cancelled'
        ? {
            cancelledBy: 'admin' as const,
            reason: input.reason?.trim().slice(0, MAX_ENROLMENT_REASON) || null,
          }
        : {}),
    });
    if (!changed) {
      throw new DomainError(CourseErrorCode.ENROLMENT_STATUS_CONFLICT, {
        params: { status: enrolment.status },
      });
    }
    if (to === 'approved' && !(await repos.courses.takeSeat(enrolment.course.id))) {
      throw new DomainError(CourseErrorCode.COURSE_FULL);
    }
    if (enrolment.status === 'approved') await repos.courses.freeSeat(enrolment.course.id);
    const decided = (await repos.enrolments.find(enrolment.id))!;
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: principal.roles[0]?.role ?? null,
      action: AuditAction.COURSE_ENROLMENT_DECIDE,
      recordType: 'course_enrolment',
      recordId: enrolment.id,
      outcome: 'success',
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: { courseId: enrolment.course.id, from: enrolment.status, to },
      occurredAt: now,
    });
    await tellOfEnrolmentDecision(repos, decided);
    return decided;
  });
}

/** At most five years per report. */
const MAX_REPORT_DAYS = 5 * 366;

/**
 * Completed courses and credits per practitioner of the admin's clinics, for courses ending within
 * [from, to] (completed: `creditsByPractitioner`). Without dates: the current calendar year to today.
 */
export async function courseCreditsReport(
  deps: CourseDeps,
  principal: Principal,
  input: { from?: string | null; to?: string | null },
): Promise<{ from: string; to: string; items: PractitionerCredits[] }> {
  const { ids } = clinicsOf(principal);
  const today = courseToday(deps.clock.now());
  const from = input.from ?? `${today.slice(0, 4)}-01-01`;
  const to = input.to ?? today;
  if (to < from || addDays(from, MAX_REPORT_DAYS) < to) {
    throw new DomainError(CourseErrorCode.COURSE_REPORT_PERIOD_INVALID, { field: 'query.to' });
  }
  const enrolments = await deps.store.transaction((repos) =>
    repos.enrolments.approvedEndingBetween(ids, from, to),
  );
  return { from, to, items: creditsByPractitioner(enrolments, today) };
}
