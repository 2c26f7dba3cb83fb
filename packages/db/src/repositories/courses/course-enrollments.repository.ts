import type { EnrolmentsRepository, EnrolmentView } from '@talon/core/courses';
import { and, asc, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { courseEnrollments, courses, organizations, practitioners } from '../../schema';
import { fullNameOf } from '../../sql';
import { accountEmail } from '../identity/account-email';

/** Practitioners' course enrolments with the course, the practitioner and the clinic. */
export function createCourseEnrollmentsRepository(db: DbExecutor): EnrolmentsRepository {
  const select = (where: SQL | undefined, order: 'newest' | 'oldest') =>
    db
      .select({
        id: courseEnrollments.id,
        status: courseEnrollments.status,
        course: {
          id: courses.id,
          title: courses.title,
          startsOn: courses.startsOn,
          endsOn: courses.endsOn,
          credits: courses.credits,
          format: courses.format,
          direction: courses.direction,
        },
        practitioner: { id: practitioners.id, name: fullNameOf(practitioners) },
        organization: { id: organizations.id, name: organizations.name },
        accountId: courseEnrollments.accountId,
        createdAt: courseEnrollments.createdAt,
        decidedAt: courseEnrollments.decidedAt,
        cancelledBy: courseEnrollments.cancelledBy,
        reason: courseEnrollments.reason,
      })
      .from(courseEnrollments)
      .innerJoin(courses, eq(courses.id, courseEnrollments.courseId))
      .innerJoin(practitioners, eq(practitioners.id, courseEnrollments.practitionerId))
      .innerJoin(organizations, eq(organizations.id, courseEnrollments.organizationId))
      .where(where)
      .orderBy(
        order === 'newest' ? desc(courseEnrollments.createdAt) : asc(courseEnrollments.createdAt),
        asc(courseEnrollments.id),
      );

  const one = async (id: string): Promise<EnrolmentView | null> =>
    (await select(eq(courseEnrollments.id, id), 'newest'))[0] ?? null;
  const inClinics = (organizationIds: readonly string[] | null) =>
    organizationIds ? inArray(courseEnrollments.organizationId, [...organizationIds]) : undefined;

  return {
    async create(enrolment) {
      // The partial unique index (one active enrolment per practitioner and course) decides a race.
      const [row] = await db
        .insert(courseEnrollments)
        .values({
          courseId: enrolment.courseId,
          practitionerId: enrolment.practitionerId,
          accountId: enrolment.accountId,
          organizationId: enrolment.organizationId,
          createdAt: enrolment.at,
          updatedAt: enrolment.at,
        })
        .onConflictDoNothing()
        .returning({ id: courseEnrollments.id });
      return row ? (await one(row.id))! : 'taken';
    },

    find: one,

    listOwn: (practitionerId) => select(eq(courseEnrollments.practitionerId, practitionerId), 'newest'),

    listForClinics: (organizationIds, status) =>
      select(
        and(inClinics(organizationIds), status ? eq(courseEnrollments.status, status) : undefined),
        'oldest',
      ),

    approvedEndingBetween: (organizationIds, from, to) =>
      select(
        and(
          inClinics(organizationIds),
          eq(courseEnrollments.status, 'approved'),
          gte(courses.endsOn, from),
          lte(courses.endsOn, to),
        ),
        'oldest',
      ),

    async setStatus(id, change) {
      const changed = await db
        .update(courseEnrollments)
        .set({
          status: change.to,
          decidedAt: change.at,
          decidedByAccountId: change.byAccountId,
          cancelledBy: change.cancelledBy ?? null,
          reason: change.reason ?? null,
          updatedAt: change.at,
        })
        .where(and(eq(courseEnrollments.id, id), eq(courseEnrollments.status, change.from)))
        .returning({ id: courseEnrollments.id });
      return changed.length === 1;
    },

    emailOf: (accountId) => accountEmail(db, accountId),
  };
}
