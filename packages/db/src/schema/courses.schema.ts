import {
  COURSE_DIRECTIONS,
  COURSE_FORMATS,
  ENROLMENT_CANCELLERS,
  ENROLMENT_STATUSES,
} from '@talon/core/courses';
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { entityColumns, inList, isoDate, optionalUuidRef, timestamptz, uuidRef } from './columns';
import { accounts } from './identity.schema';
import { organizations } from './organizations.schema';
import { practitioners } from './practitioners.schema';

/**
 * A course of the catalogue for practitioners (issue 12 item 8, НМО). `approved_count` counts its approved
 * enrolments: an approval raises it by one conditional UPDATE (`approved_count < seats`) in the transaction of
 * the enrolment's status, a cancellation of an approved one lowers it, and the CHECK keeps it within the seats
 * whatever the code does (docs/domain.md rule 28, like one active appointment per slot).
 */
export const courses = pgTable(
  'courses',
  {
    ...entityColumns,
    /** A stable key (the seed's), shown in the calendar file's name. */
    code: text('code').notNull().unique(),
    title: text('title').notNull(),
    provider: text('provider').notNull(),
    direction: text('direction', { enum: COURSE_DIRECTIONS }).notNull(),
    format: text('format', { enum: COURSE_FORMATS }).notNull(),
    credits: integer('credits').notNull(),
    hours: integer('hours').notNull(),
    startsOn: isoDate('starts_on').notNull(),
    endsOn: isoDate('ends_on').notNull(),
    priceRub: integer('price_rub').notNull(),
    seats: integer('seats').notNull(),
    approvedCount: integer('approved_count').notNull().default(0),
    location: text('location'),
    requirements: text('requirements').notNull(),
    description: text('description').notNull(),
  },
  (t) => [
    check('courses_direction', sql`${t.direction} in (${inList(COURSE_DIRECTIONS)})`),
    check('courses_format', sql`${t.format} in (${inList(COURSE_FORMATS)})`),
    check('courses_credits', sql`${t.credits} > 0 and ${t.hours} > 0`),
    check('courses_period', sql`${t.endsOn} >= ${t.startsOn}`),
    check('courses_price', sql`${t.priceRub} >= 0`),
    check('courses_seats', sql`${t.seats} > 0`),
    check('courses_approved_within_seats', sql`${t.approvedCount} between 0 and ${t.seats}`),
    index('courses_catalogue_idx').on(t.startsOn, t.direction),
  ],
);

/**
 * A practitioner's enrolment in a course, for the clinic admin of `organization_id` (the practitioner's clinic
 * when enrolling) to decide: processing → approved | cancelled, approved → cancelled. At most one active
 * (processing or approved) per practitioner and course.
 */
export const courseEnrollments = pgTable(
  'course_enrollments',
  {
    ...entityColumns,
    courseId: uuidRef('course_id', () => courses.id, 'cascade'),
    practitionerId: uuidRef('practitioner_id', () => practitioners.id, 'cascade'),
    accountId: uuidRef('account_id', () => accounts.id, 'cascade'),
    organizationId: uuidRef('organization_id', () => organizations.id, 'cascade'),
    status: text('status', { enum: ENROLMENT_STATUSES }).notNull().default('processing'),
    decidedAt: timestamptz('decided_at'),
    decidedByAccountId: optionalUuidRef('decided_by_account_id', () => accounts.id),
    cancelledBy: text('cancelled_by', { enum: ENROLMENT_CANCELLERS }),
    reason: text('reason'),
  },
  (t) => [
    check('course_enrollments_status', sql`${t.status} in (${inList(ENROLMENT_STATUSES)})`),
    check(
      'course_enrollments_cancelled_by',
      sql`(${t.status} = 'cancelled') = (${t.cancelledBy} is not null) and ${t.cancelledBy} in (${inList(ENROLMENT_CANCELLERS)})`,
    ),
    check('course_enrollments_decided', sql`(${t.status} = 'processing') = (${t.decidedAt} is null)`),
    check('course_enrollments_reason_length', sql`char_length(${t.reason}) <= 500`),
    uniqueIndex('course_enrollments_active_key')
      .on(t.courseId, t.practitionerId)
      .where(sql`${t.status} in ('processing', 'approved')`),
    index('course_enrollments_clinic_idx').on(t.organizationId, t.status, t.createdAt),
    index('course_enrollments_practitioner_idx').on(t.practitionerId, t.createdAt),
  ],
);
