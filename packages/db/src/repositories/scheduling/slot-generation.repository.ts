import type {
  BookedVisit,
  ExistingSlot,
  SlotChannel,
  SlotGenerationRepository,
  VisitType,
} from '@talon/core/scheduling';
import { and, asc, eq, gte, inArray, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { appointments, patients, slots } from '../../schema';
import { BATCH_ROWS, buildInsert } from '../../seed/batch-writer';
import type { RawRow } from '../../sql';
import { queryRows } from '../../sql';
import { slotInsertColumns } from './slot-columns';

const ACTIVE = sql.raw(`'booked', 'confirmed', 'arrived'`);

/** Free, with no live hold: the only slots regeneration may change. Re-checked by every statement. */
const isUntouchable = (now: Date): SQL =>
  sql`(${slots.status} = 'free' and (${slots.heldUntil} is null or ${slots.heldUntil} <= ${now.toISOString()}))`;

// Spelled out with an alias: drizzle leaves columns of a single-table query unqualified, and an unqualified
// `id` inside the subquery would be the appointment's own.
const appointmentOfSlot = sql`select 1 from ${appointments} as a where a.slot_id = "slots"."id"`;
const hasNoAppointment = sql`not exists (${appointmentOfSlot})`;

/** `{"a","b"}`: a text[] literal, so that each row's channels travel as one element of a text[] parameter. */
const arrayLiteral = (items: readonly string[]) => `{${items.map((i) => `"${i}"`).join(',')}}`;

/** Reads and changes the materialised slots of one role for a regeneration. */
export function createSlotGenerationRepository(db: DbExecutor): SlotGenerationRepository {
  return {
    async listInWindow(roleId, from, to, now): Promise<ExistingSlot[]> {
      const rows = await db
        .select({
          id: slots.id,
          startsAt: slots.startsAt,
          endsAt: slots.endsAt,
          status: slots.status,
          isHeld: sql<boolean>`(${slots.heldUntil} is not null and ${slots.heldUntil} > ${now.toISOString()})`,
          hasAppointments: sql<boolean>`exists (${appointmentOfSlot})`,
          hasActiveAppointment: sql<boolean>`exists (${appointmentOfSlot} and a.status in (${ACTIVE}))`,
          channels: slots.channels,
          visitType: slots.visitType,
          isPriority: slots.isPriority,
          priorityReleasedAt: slots.priorityReleasedAt,
          scheduleId: slots.scheduleId,
          locationId: slots.locationId,
        })
        .from(slots)
        // A regional MIS's slots (docs/fhir.md) are the MIS's to change: regeneration never sees them.
        .where(
          and(
            eq(slots.practitionerRoleId, roleId),
            gte(slots.startsAt, from),
            lt(slots.startsAt, to),
            isNull(slots.externalId),
          ),
        )
        .orderBy(asc(slots.startsAt));
      return rows.map((row) => ({
        ...row,
        channels: row.channels as SlotChannel[],
        visitType: row.visitType as VisitType,
      }));
    },

    async listBookedVisits(slotIds): Promise<BookedVisit[]> {
      if (!slotIds.length) return [];
      const rows = await db
        .select({
          slotId: appointments.slotId,
          appointmentId: appointments.id,
          patientId: patients.id,
          surname: patients.surname,
          name: patients.name,
          patronymic: patients.patronymic,
        })
        .from(appointments)
        .innerJoin(patients, eq(patients.id, appointments.patientId))
        .where(and(inArray(appointments.slotId, [...slotIds]), sql`${appointments.status} in (${ACTIVE})`));
      return rows.map(({ surname, name, patronymic, ...visit }) => ({
        ...visit,
        patientName: [surname, name, patronymic].filter(Boolean).join(' '),
      }));
    },

    async apply(role, plan, now) {
      let deleted = 0;
      let blocked = 0;
      let updated = 0;
      let inserted = 0;
      // Deletes first: a changed slot length puts new starts where old free slots were.
      if (plan.delete.length) {
        const rows = await db
          .delete(slots)
          .where(and(inArray(slots.id, plan.delete), isUntouchable(now), hasNoAppointment))
          .returning({ id: slots.id });
        deleted = rows.length;
      }
      if (plan.block.length) {
        const rows = await db
          .update(slots)
          .set({ status: 'blocked', updatedAt: now })
          .where(and(inArray(slots.id, plan.block), isUntouchable(now)))
          .returning({ id: slots.id });
        blocked = rows.length;
      }
      for (let i = 0; i < plan.update.length; i += BATCH_ROWS) {
        const batch = plan.update.slice(i, i + BATCH_ROWS);
        const rows = await queryRows<Pick<RawRow<typeof slots>, 'id'>>(
          db,
          sql`update ${slots} set
              channels = input.channels::text[],
              visit_type = input.visit_type,
              is_priority = input.is_priority,
              priority_released_at = input.priority_released_at,
              schedule_id = input.schedule_id,
              location_id = input.location_id,
              updated_at = ${now.toISOString()}
            from unnest(
              ${sql.param(batch.map((u) => u.id))}::uuid[],
              ${sql.param(batch.map((u) => arrayLiteral(u.spec.channels)))}::text[],
              ${sql.param(batch.map((u) => u.spec.visitType))}::text[],
              ${sql.param(batch.map((u) => u.spec.isPriority))}::boolean[],
              ${sql.param(batch.map((u) => u.spec.priorityReleasedAt?.toISOString() ?? null))}::timestamptz[],
              ${sql.param(batch.map((u) => u.spec.scheduleId))}::uuid[],
              ${sql.param(batch.map((u) => u.spec.locationId))}::uuid[]
            ) as input(id, channels, visit_type, is_priority, priority_released_at, schedule_id, location_id)
            where ${slots.id} = input.id and ${isUntouchable(now)}
            returning ${slots.id}`,
        );
        updated += rows.length;
      }
      for (let i = 0; i < plan.insert.length; i += BATCH_ROWS) {
        const batch = plan.insert.slice(i, i + BATCH_ROWS).map((spec) => ({ owner: role, spec }));
        // A start the role already has (a concurrent run got there first) is skipped, never doubled.
        const rows = await queryRows<Pick<RawRow<typeof slots>, 'id'>>(
          db,
          sql`${buildInsert(slots, slotInsertColumns, batch)}
            on conflict (practitioner_role_id, starts_at) do nothing returning id`,
        );
        inserted += rows.length;
      }
      return { inserted, deleted, blocked, updated };
    },
  };
}
