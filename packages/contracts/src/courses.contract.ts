import { ZText, z } from './zod';

export const ZCourseDirection = z
  .enum(['clinical_diagnostics', 'surgical_methods', 'pharmacology_therapy', 'management', 'it_in_medicine'])
  .meta({ id: 'CourseDirection' })
  .describe('Clinical diagnostics, surgical methods, pharmacology and therapy, management, IT in medicine');
export const ZCourseFormat = z
  .enum(['in_person', 'online', 'mixed'])
  .meta({ id: 'CourseFormat' })
  .describe('In person, online or mixed');
export const ZEnrolmentStatus = z
  .enum(['processing', 'approved', 'cancelled'])
  .meta({ id: 'CourseEnrollmentStatus' })
  .describe('«В обработке», «Одобрено», «Отменено»');

/** `GET /api/v1/courses`. */
export const ZCourseListQuery = z.object({
  direction: ZCourseDirection.optional(),
  format: ZCourseFormat.optional(),
  startsFrom: z.iso
    .date()
    .optional()
    .describe('Courses starting on this day or later; today (Moscow) by default'),
});

export const ZCourse = z
  .object({
    id: z.uuid(),
    code: z.string(),
    title: z.string(),
    provider: z.string(),
    direction: ZCourseDirection,
    format: ZCourseFormat,
    credits: z.number().int().describe('Credits (ЗЕТ)'),
    hours: z.number().int().describe('Academic hours'),
    startsOn: z.iso.date(),
    endsOn: z.iso.date().describe('The last day (included)'),
    priceRub: z.number().int().describe('Price in roubles; 0 — free'),
    seats: z.number().int(),
    seatsLeft: z.number().int().describe('Seats not taken by approved enrolments'),
    location: z.string().nullable().describe('Where it takes place; null for online'),
    requirements: z.string(),
    description: z.string(),
  })
  .meta({ id: 'Course' });

export const ZCourseList = z.object({ items: z.array(ZCourse) }).meta({ id: 'CourseList' });

export const ZCourseEnrollment = z
  .object({
    id: z.uuid(),
    status: ZEnrolmentStatus,
    course: z.object({
      id: z.uuid(),
      title: z.string(),
      startsOn: z.iso.date(),
      endsOn: z.iso.date(),
      credits: z.number().int(),
      format: ZCourseFormat,
      direction: ZCourseDirection,
    }),
    practitioner: z.object({ id: z.uuid(), name: z.string() }),
    organization: z.object({ id: z.uuid(), name: z.string() }),
    createdAt: z.iso.datetime({ offset: true }),
    decidedAt: z.iso.datetime({ offset: true }).nullable(),
    cancelledBy: z.enum(['practitioner', 'admin']).nullable(),
    reason: z.string().nullable().describe('Why it was cancelled, if a reason was given'),
  })
  .meta({ id: 'CourseEnrollment' });

export const ZCourseEnrollmentList = z
  .object({ items: z.array(ZCourseEnrollment) })
  .meta({ id: 'CourseEnrollmentList' });

/** `POST /api/v1/practitioner/course-enrollments/{id}/cancel`. */
export const ZCourseEnrollmentCancel = z
  .object({ reason: ZText(500).optional() })
  .meta({ id: 'CourseEnrollmentCancel' });

/** `GET /api/v1/admin/course-enrollments?status=`. */
export const ZCourseEnrollmentListQuery = z.object({ status: ZEnrolmentStatus.optional() });

/** `POST /api/v1/admin/course-enrollments/{id}/decision`. */
export const ZCourseEnrollmentDecision = z
  .object({
    decision: z.enum(['approve', 'cancel']),
    reason: ZText(500).optional().describe('Why it is cancelled; the practitioner reads it'),
  })
  .meta({ id: 'CourseEnrollmentDecision' });

/** `GET /api/v1/admin/courses/report?from=&to=` (and `.csv`). */
export const ZCourseReportQuery = z.object({
  from: z.iso
    .date()
    .optional()
    .describe('Courses ending on this day or later; 1 January of this year by default'),
  to: z.iso.date().optional().describe('Courses ending on this day or earlier; today by default'),
});

export const ZCourseReport = z
  .object({
    from: z.iso.date(),
    to: z.iso.date(),
    items: z.array(
      z.object({
        practitioner: z.object({ id: z.uuid(), name: z.string() }),
        organization: z.object({ id: z.uuid(), name: z.string() }),
        courses: z.array(
          z.object({ id: z.uuid(), title: z.string(), endsOn: z.iso.date(), credits: z.number().int() }),
        ),
        totalCredits: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'CourseReport' })
  .describe('Completed courses (an approved enrolment whose course has ended) and credits per practitioner');
