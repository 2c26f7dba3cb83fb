import { courseCalendar, getCourse, listCourses } from './course-catalogue';
import { courseCreditsReport, decideEnrolment, listEnrolments } from './decide-enrolment';
import { cancelOwnEnrolment, enrolInCourse, listOwnEnrolments } from './enrol-in-course';

/** Courses (issue 12 item 8): the catalogue, the practitioner's enrolments, the clinic admin's decisions. */
export const coursesUseCases = {
  list: listCourses,
  get: getCourse,
  calendar: courseCalendar,
  enrol: enrolInCourse,
  listOwn: listOwnEnrolments,
  cancelOwn: cancelOwnEnrolment,
  listEnrolments,
  decide: decideEnrolment,
  report: courseCreditsReport,
};
