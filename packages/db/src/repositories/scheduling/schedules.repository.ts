import type {
  Schedule,
  ScheduleFilter,
  ScheduleRepository,
  SchedulingRole,
  SchedulingScope,
  SlotChannel,
  SlotMinutes,
  VisitType,
  WeeklyTemplate,
} from '@talon/core/scheduling';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '../../client';
import { locations, organizations, practitionerRoles, schedules, specialties } from '../../schema';
import { hasRow } from '../../sql';

type Row = typeof schedules.$inferSelect;

const toSchedule = (row: Row): Schedule => ({
  id: row.id,
  practitionerRoleId: row.practitionerRoleId,
  validFrom: row.validFrom,
  validTo: row.validTo,
  slotMinutes: row.slotMinutes as SlotMinutes,
  days: row.days,
  visitTypes: row.visitTypes as VisitType[],
  channels: row.channels as SlotChannel[],
  priorityPercent: row.priorityPercent,
  priorityReleaseHours: row.priorityReleaseHours,
  locationId: row.locationId,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const values = (template: WeeklyTemplate) => ({
  validFrom: template.validFrom,
  validTo: template.validTo,
  slotMinutes: template.slotMinutes,
  days: template.days,
  visitTypes: template.visitTypes,
  channels: template.channels,
  priorityPercent: template.priorityPercent,
  priorityReleaseHours: template.priorityReleaseHours,
  locationId: template.locationId,
});

/** Roles of the clinics in scope (none for a clinic admin without clinics). */
export function roleInScope(db: DbExecutor, roleColumn: PgColumn, scope: SchedulingScope) {
  if (scope.kind === 'all') return undefined;
  if (!scope.organizationIds.length) return sql`false`;
  return inArray(
    roleColumn,
    db
      .select({ id: practitionerRoles.id })
      .from(practitionerRoles)
      .where(inArray(practitionerRoles.organizationId, [...scope.organizationIds])),
  );
}

/** Roles filtered by clinic. */
export function roleOfOrganization(db: DbExecutor, roleColumn: PgColumn, organizationId?: string) {
  if (!organizationId) return undefined;
  return inArray(
    roleColumn,
    db
      .select({ id: practitionerRoles.id })
      .from(practitionerRoles)
      .where(eq(practitionerRoles.organizationId, organizationId)),
  );
}

/** Weekly templates of practitioner roles, and the role facts slot generation needs. */
export function createScheduleRepository(db: DbExecutor): ScheduleRepository {
  return {
    async findRole(roleId): Promise<SchedulingRole | null> {
      const [row] = await db
        .select({
          id: practitionerRoles.id,
          organizationId: practitionerRoles.organizationId,
          practitionerId: practitionerRoles.practitionerId,
          regionCode: organizations.regionCode,
          specialtyCode: practitionerRoles.specialtyCode,
          locationId: practitionerRoles.locationId,
          isActive: sql<boolean>`${practitionerRoles.isActive} and ${organizations.isActive}`,
          timeZone: organizations.timeZone,
          bookingHorizonDays: organizations.bookingHorizonDays,
          defaultSlotMinutes: specialties.defaultSlotMinutes,
        })
        .from(practitionerRoles)
        .innerJoin(organizations, eq(organizations.id, practitionerRoles.organizationId))
        .innerJoin(specialties, eq(specialties.code, practitionerRoles.specialtyCode))
        .where(eq(practitionerRoles.id, roleId));
      return row ?? null;
    },
    async listActiveRoleIds() {
      const rows = await db
        .select({ id: practitionerRoles.id })
        .from(practitionerRoles)
        .innerJoin(organizations, eq(organizations.id, practitionerRoles.organizationId))
        .where(and(eq(practitionerRoles.isActive, true), eq(organizations.isActive, true)))
        .orderBy(asc(practitionerRoles.id));
      return rows.map((r) => r.id);
    },
    isLocationOf: (locationId, organizationId) =>
      hasRow(db, locations, and(eq(locations.id, locationId), eq(locations.organizationId, organizationId))),
    async lockRole(roleId) {
      // A row lock on the role: two admins saving templates of one role, or a save racing the daily run,
      // take turns, so each regeneration sees the other's result. `no key update` leaves the key-share locks
      // of inserts referencing the role (slots) alone; booking never locks roles.
      await db
        .select({ id: practitionerRoles.id })
        .from(practitionerRoles)
        .where(eq(practitionerRoles.id, roleId))
        .for('no key update');
    },
    async listForRole(roleId) {
      const rows = await db
        .select()
        .from(schedules)
        .where(eq(schedules.practitionerRoleId, roleId))
        .orderBy(asc(schedules.validFrom), asc(schedules.id));
      return rows.map(toSchedule);
    },
    async search(filter: ScheduleFilter) {
      const where = and(
        roleInScope(db, schedules.practitionerRoleId, filter.scope),
        filter.practitionerRoleId ? eq(schedules.practitionerRoleId, filter.practitionerRoleId) : undefined,
        roleOfOrganization(db, schedules.practitionerRoleId, filter.organizationId),
      );
      const rows = await db
        .select()
        .from(schedules)
        .where(where)
        .orderBy(asc(schedules.practitionerRoleId), asc(schedules.validFrom), asc(schedules.id))
        .limit(filter.pageSize)
        .offset((filter.page - 1) * filter.pageSize);
      const [total] = await db.select({ n: count() }).from(schedules).where(where);
      return { items: rows.map(toSchedule), total: total?.n ?? 0 };
    },
    async find(id) {
      const [row] = await db.select().from(schedules).where(eq(schedules.id, id));
      return row ? toSchedule(row) : null;
    },
    async create(roleId, template, at) {
      const [row] = await db
        .insert(schedules)
        .values({ practitionerRoleId: roleId, ...values(template), createdAt: at, updatedAt: at })
        .returning();
      return toSchedule(row!);
    },
    async update(id, template, at) {
      const [row] = await db
        .update(schedules)
        .set({ ...values(template), updatedAt: at })
        .where(eq(schedules.id, id))
        .returning();
      return toSchedule(row!);
    },
    async delete(id) {
      await db.delete(schedules).where(eq(schedules.id, id));
    },
  };
}
