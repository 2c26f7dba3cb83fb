import type { ExceptionFilter, ScheduleException, ScheduleExceptionRepository } from '@talon/core/scheduling';
import { and, asc, count, eq, gt, lt } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { scheduleExceptions } from '../../schema';
import { roleInScope, roleOfOrganization } from './schedules.repository';

type Row = typeof scheduleExceptions.$inferSelect;

const toException = (row: Row): ScheduleException => ({
  id: row.id,
  practitionerRoleId: row.practitionerRoleId,
  kind: row.kind,
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  reason: row.reason,
  createdAt: row.createdAt,
});

/** Absences and extra hours of practitioner roles, in absolute time. */
export function createScheduleExceptionRepository(db: DbExecutor): ScheduleExceptionRepository {
  return {
    async listForRole(roleId, from, to) {
      const rows = await db
        .select()
        .from(scheduleExceptions)
        .where(
          and(
            eq(scheduleExceptions.practitionerRoleId, roleId),
            lt(scheduleExceptions.startsAt, to),
            gt(scheduleExceptions.endsAt, from),
          ),
        )
        .orderBy(asc(scheduleExceptions.startsAt), asc(scheduleExceptions.id));
      return rows.map(toException);
    },
    async search(filter: ExceptionFilter) {
      const where = and(
        roleInScope(db, scheduleExceptions.practitionerRoleId, filter.scope),
        filter.practitionerRoleId
          ? eq(scheduleExceptions.practitionerRoleId, filter.practitionerRoleId)
          : undefined,
        roleOfOrganization(db, scheduleExceptions.practitionerRoleId, filter.organizationId),
        filter.to ? lt(scheduleExceptions.startsAt, filter.to) : undefined,
        filter.from ? gt(scheduleExceptions.endsAt, filter.from) : undefined,
      );
      const rows = await db
        .select()
        .from(scheduleExceptions)
        .where(where)
        .orderBy(asc(scheduleExceptions.startsAt), asc(scheduleExceptions.id))
        .limit(filter.pageSize)
        .offset((filter.page - 1) * filter.pageSize);
      const [total] = await db.select({ n: count() }).from(scheduleExceptions).where(where);
      return { items: rows.map(toException), total: total?.n ?? 0 };
    },
    async find(id) {
      const [row] = await db.select().from(scheduleExceptions).where(eq(scheduleExceptions.id, id));
      return row ? toException(row) : null;
    },
    async create(exception) {
      const [row] = await db
        .insert(scheduleExceptions)
        .values({
          practitionerRoleId: exception.practitionerRoleId,
          kind: exception.kind,
          startsAt: exception.startsAt,
          endsAt: exception.endsAt,
          reason: exception.reason,
          createdByAccountId: exception.createdByAccountId,
          createdAt: exception.at,
          updatedAt: exception.at,
        })
        .returning();
      return toException(row!);
    },
    async delete(id) {
      await db.delete(scheduleExceptions).where(eq(scheduleExceptions.id, id));
    },
  };
}
