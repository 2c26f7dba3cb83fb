import { enqueueInAppAndEmail } from '../messaging';
import type { CourseRepos } from './courses.ports';
import { ENROLMENT_STATUS_LABELS, type EnrolmentView } from './courses.types';

/** The doctor's cabinet page the notices link to. */
export const MY_COURSES_URL = '/doctor/courses/my';

/**
 * Tells the practitioner that the clinic admin approved or cancelled their enrolment, in the app and by
 * e-mail, in the decision's transaction (the outbox): the course's title, the status and the reason.
 */
export async function tellOfEnrolmentDecision(repos: CourseRepos, enrolment: EnrolmentView): Promise<void> {
  const payload: Record<string, string> = {
    course: enrolment.course.title,
    date: enrolment.course.startsOn.split('-').reverse().join('.'),
    status: ENROLMENT_STATUS_LABELS[enrolment.status],
    link: MY_COURSES_URL,
    ...(enrolment.reason ? { reason: enrolment.reason } : {}),
  };
  await enqueueInAppAndEmail(repos.outbox, {
    event: 'course.enrolment_status',
    accountId: enrolment.accountId,
    template: 'course_enrolment_status',
    payload,
    key: `course-enrolment:${enrolment.id}:${enrolment.status}`,
    email: await repos.enrolments.emailOf(enrolment.accountId),
  });
}
