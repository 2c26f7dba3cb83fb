// Courses for practitioners (issue 12 item 8): the catalogue, enrolments, seats, the credits report.
export { renderCourseIcs } from './course-ics';
export { MY_COURSES_URL } from './course-messages';
export { CourseErrorCode } from './courses.errors';
export type * from './courses.ports';
export type * from './courses.types';
export {
  COURSE_DIRECTIONS,
  COURSE_FORMATS,
  ENROLMENT_CANCELLERS,
  ENROLMENT_STATUS_LABELS,
  ENROLMENT_STATUSES,
} from './courses.types';
export { coursesUseCases } from './courses.use-cases';
export { COURSE_TIME_ZONE, courseToday } from './courses-calendar-day';
export { creditsByPractitioner } from './credits-report';
export { MAX_ENROLMENT_REASON } from './enrol-in-course';
export { enrolmentStatusAfter } from './enrolment-workflow';
