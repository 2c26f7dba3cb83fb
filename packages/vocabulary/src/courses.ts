/** Courses for practitioners (issue 12 item 8; docs/courses-and-applications.md). */

/** The five directions of the catalogue (seed 004 «Каталог курсов»). */
export const COURSE_DIRECTIONS = [
  'clinical_diagnostics',
  'surgical_methods',
  'pharmacology_therapy',
  'management',
  'it_in_medicine',
] as const;
export type CourseDirection = (typeof COURSE_DIRECTIONS)[number];

/** In person, online or mixed. */
export const COURSE_FORMATS = ['in_person', 'online', 'mixed'] as const;
export type CourseFormat = (typeof COURSE_FORMATS)[number];

/** An enrolment waits (`processing`), is approved by the clinic admin, or is cancelled by either side. */
export const ENROLMENT_STATUSES = ['processing', 'approved', 'cancelled'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
