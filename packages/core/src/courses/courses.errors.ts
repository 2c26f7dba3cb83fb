/** Error codes of courses and enrolments (issue 12 item 8), mapped to HTTP by the API. */
export const CourseErrorCode = {
  /** No such course. */
  COURSE_NOT_FOUND: 'COURSE_NOT_FOUND',
  /** Every seat of the course is taken by approved enrolments (docs/domain.md rule 28). */
  COURSE_FULL: 'COURSE_FULL',
  /** The course has started: enrolment is closed. */
  COURSE_ENROLMENT_CLOSED: 'COURSE_ENROLMENT_CLOSED',
  /** The practitioner already has an enrolment in processing or approved for this course. */
  COURSE_ALREADY_ENROLLED: 'COURSE_ALREADY_ENROLLED',
  /** No such enrolment, or one of another practitioner or clinic (the same answer). */
  ENROLMENT_NOT_FOUND: 'ENROLMENT_NOT_FOUND',
  /** The move is not allowed from the enrolment's status (approve twice, anything after cancelled). */
  ENROLMENT_STATUS_CONFLICT: 'ENROLMENT_STATUS_CONFLICT',
  /** The report's period ends before it starts or is longer than five years. */
  COURSE_REPORT_PERIOD_INVALID: 'COURSE_REPORT_PERIOD_INVALID',
} as const;
export type CourseErrorCode = (typeof CourseErrorCode)[keyof typeof CourseErrorCode];
