import type { Principal } from '../identity';
import { practitionerScopeOf } from '../practice';
import { DomainError } from '../shared';
import { CourseErrorCode } from './courses.errors';
import type { CourseDeps } from './courses.ports';
import type { EnrolmentView } from './courses.types';
import { courseToday } from './courses-calendar-day';
import { enrolmentStatusAfter } from './enrolment-workflow';

export const MAX_ENROLMENT_REASON = 500;

/**
 * «Записаться» (seed 004 «Запись на образовательные программы»): an enrolment `processing` for the clinic
 * admin of the practitioner's clinic (the first where the account works as a doctor or nurse) to decide.
 * Closed once the course has started; one active enrolment per practitioner and course (a unique index).
 */
export async function enrolInCourse(
  deps: CourseDeps,
  principal: Principal,
  input: { courseId: string },
): Promise<EnrolmentView> {
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const course = await repos.courses.find(input.courseId);
    if (!course) throw new DomainError(CourseErrorCode.COURSE_NOT_FOUND);
    const scope = practitionerScopeOf(principal);
    if (course.startsOn <= courseToday(now)) throw new DomainError(CourseErrorCode.COURSE_ENROLMENT_CLOSED);
    const created = await repos.enrolments.create({
      courseId: course.id,
      practitionerId: scope.practitionerId,
      accountId: principal.accountId,
      organizationId: scope.organizationIds[0]!,
      at: now,
    });
    if (created === 'taken') throw new DomainError(CourseErrorCode.COURSE_ALREADY_ENROLLED);
    return created;
  });
}

/** «Мои курсы»: the practitioner's enrolments, newest first; an account with no practitioner has none. */
export async function listOwnEnrolments(deps: CourseDeps, principal: Principal): Promise<EnrolmentView[]> {
  const { practitionerId } = principal;
  if (!practitionerId) return [];
  return deps.store.transaction((repos) => repos.enrolments.listOwn(practitionerId));
}

/** The practitioner cancels their own enrolment, in processing or approved (which frees its seat). */
export async function cancelOwnEnrolment(
  deps: CourseDeps,
  principal: Principal,
  input: { id: string; reason?: string | null },
): Promise<EnrolmentView> {
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const enrolment = await repos.enrolments.find(input.id);
    if (!enrolment || enrolment.practitioner.id !== principal.practitionerId) {
      throw new DomainError(CourseErrorCode.ENROLMENT_NOT_FOUND);
    }
    const to = enrolmentStatusAfter(enrolment.status, 'cancel');
    const changed = await repos.enrolments.setStatus(enrolment.id, {
      from: enrolment.status,
      to,
      at: now,
      byAccountId: principal.accountId,
      cancelledBy: 'practitioner',
      reason: input.reason?.trim().slice(0, MAX_ENROLMENT_REASON) || null,
    });
    if (!changed) {
      throw new DomainError(CourseErrorCode.ENROLMENT_STATUS_CONFLICT, {
        params: { status: enrolment.status },
      });
    }
    if (enrolment.status === 'approved') await repos.courses.freeSeat(enrolment.course.id);
    return (await repos.enrolments.find(enrolment.id))!;
  });
}
