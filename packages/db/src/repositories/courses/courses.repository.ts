import type { CoursesRepository } from '@talon/core/courses';
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { courses } from '../../schema';

const columns = {
  id: courses.id,
  code: courses.code,
  title: courses.title,
  provider: courses.provider,
  direction: courses.direction,
  format: courses.format,
  credits: courses.credits,
  hours: courses.hours,
  startsOn: courses.startsOn,
  endsOn: courses.endsOn,
  priceRub: courses.priceRub,
  seats: courses.seats,
  approvedCount: courses.approvedCount,
  location: courses.location,
  requirements: courses.requirements,
  description: courses.description,
};

/** The course catalogue and its seat counter (docs/domain.md rule 28). */
export function createCoursesRepository(db: DbExecutor): CoursesRepository {
  return {
    list: (filter) =>
      db
        .select(columns)
        .from(courses)
        .where(
          and(
            gte(courses.startsOn, filter.startsFrom),
            filter.direction ? eq(courses.direction, filter.direction) : undefined,
            filter.format ? eq(courses.format, filter.format) : undefined,
          ),
        )
        .orderBy(asc(courses.startsOn), asc(courses.title)),

    async find(id) {
      return (await db.select(columns).from(courses).where(eq(courses.id, id)))[0] ?? null;
    },

    async takeSeat(courseId) {
      // Never check-then-write: the condition is in the UPDATE itself, and the row lock it takes makes a
      // concurrent approval wait and re-read the count (READ COMMITTED re-evaluates the WHERE).
      const taken = await db
        .update(courses)
        .set({ approvedCount: sql`${courses.approvedCount} + 1` })
        .where(and(eq(courses.id, courseId), lt(courses.approvedCount, courses.seats)))
        .returning({ id: courses.id });
      return taken.length === 1;
    },

    async freeSeat(courseId) {
      await db
        .update(courses)
        .set({ approvedCount: sql`${courses.approvedCount} - 1` })
        .where(eq(courses.id, courseId));
    },
  };
}
