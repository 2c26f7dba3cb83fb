import type { ClinicCancellationDeps, ClinicCancellationRepository } from '@talon/core/booking';
import { and, asc, eq, gt, gte, inArray, lt, ne, notExists, sql } from 'drizzle-orm';
import type { Database, DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import {
  appointments,
  organizations,
  patients,
  practitionerRoles,
  rebookingPriorities,
  slots,
} from '../../schema';
import { createAuditRepository } from '../audit.repository';
import { createRecipientsRepository } from '../notifications/recipients.repository';
import { createTransactionOutbox } from '../outbox.repository';
import { createScheduleExceptionRepository } from '../scheduling/schedule-exceptions.repository';
import { createScheduleRepository } from '../scheduling/schedules.repository';
import { outboxTransaction, type StoreOptions } from '../unit-of-work';
import { createBookingRepository } from './booking.repository';

/** The SQL of a clinic-side cancellation (docs/domain.md rule 8): the role's period, its visits and its slots. */
export function createClinicCancellationRepository(
  db: DbExecutor,
  cipher: FieldCipher,
): ClinicCancellationRepository {
  const schedules = createScheduleRepository(db);
  const exceptions = createScheduleExceptionRepository(db);
  const booking = createBookingRepository(db, cipher);
  return {
    async findRole(roleId) {
      const [row] = await db
        .select({
          id: practitionerRoles.id,
          organizationId: practitionerRoles.organizationId,
          organizationName: organizations.name,
          specialtyCode: practitionerRoles.specialtyCode,
          timeZone: organizations.timeZone,
          minNoticeMinutes: organizations.minNoticeMinutes,
        })
        .from(practitionerRoles)
        .innerJoin(organizations, eq(organizations.id, practitionerRoles.organizationId))
        .where(eq(practitionerRoles.id, roleId));
      return row ?? null;
    },
    lockRole: (roleId) => schedules.lockRole(roleId),
    async createException(exception) {
      const created = await exceptions.create(exception);
      return { id: created.id };
    },
    activeAppointments: (roleId, from, to) =>
      db
        .select({
          id: appointments.id,
          patientId: appointments.patientId,
          slotId: appointments.slotId,
          code: appointments.code,
          startsAt: appointments.startsAt,
          bookedByAccountId: appointments.bookedByAccountId,
          patientName: sql<string>`concat_ws(' ', ${patients.surname}, ${patients.name}, ${patients.patronymic})`,
        })
        .from(appointments)
        .innerJoin(slots, eq(slots.id, appointments.slotId))
        .innerJoin(patients, eq(patients.id, appointments.patientId))
        .where(
          and(
            eq(slots.practitionerRoleId, roleId),
            inArray(appointments.status, ['booked', 'confirmed']),
            gte(slots.startsAt, from),
            lt(slots.startsAt, to),
          ),
        )
        .orderBy(asc(slots.startsAt), asc(appointments.id))
        .for('update', { of: appointments }),
    async cancelAppointments(ids, reason, at) {
      const changed: string[] = [];
      for (const id of ids) {
        const ok = await booking.setStatus(id, ['booked', 'confirmed'], 'cancelled_by_clinic', {
          at,
          cancellationReason: reason,
          cancelledByKind: 'clinic',
        });
        if (ok) {
          await booking.releaseReferral(id);
          changed.push(id);
        }
      }
      return changed;
    },
    async blockSlots(roleId, from, to, at) {
      const rows = await db
        .update(slots)
        .set({ status: 'blocked', heldByPatientId: null, heldUntil: null, updatedAt: at })
        .where(
          and(
            eq(slots.practitionerRoleId, roleId),
            gte(slots.startsAt, from),
            lt(slots.startsAt, to),
            notExists(
              db
                .select({ one: sql`1` })
                .from(appointments)
                .where(
                  and(
                    eq(appointments.slotId, slots.id),
                    inArray(appointments.status, ['booked', 'confirmed', 'arrived']),
                  ),
                ),
            ),
          ),
        )
        .returning({ id: slots.id });
      return rows.length;
    },
    async alternativeStarts(role, earliest, limit) {
      const rows = await db
        .select({ startsAt: slots.startsAt })
        .from(slots)
        .where(
          and(
            eq(slots.organizationId, role.organizationId),
            eq(slots.specialtyCode, role.specialtyCode),
            ne(slots.practitionerRoleId, role.id),
            sql`${slots.status} = 'free'`,
            gt(slots.startsAt, earliest),
            sql`'internet' = any(${slots.channels})`,
            sql`(${slots.heldUntil} is null or ${slots.heldUntil} <= now())`,
          ),
        )
        .orderBy(asc(slots.startsAt))
        .limit(limit);
      return rows.map((row) => row.startsAt);
    },
    async grantRebookingPriority(priority) {
      await db
        .insert(rebookingPriorities)
        .values(priority)
        .onConflictDoUpdate({
          target: rebookingPriorities.sourceAppointmentId,
          set: { until: sql`excluded.until` },
        });
    },
  };
}

/** The unit of work of a clinic cancellation: exception, visits, slots, priorities, audit and outbox. */
export function createClinicCancellationStore(
  db: Database,
  cipher: FieldCipher,
  options: StoreOptions = {},
): ClinicCancellationDeps['store'] {
  return {
    transaction: outboxTransaction(db, options, (tx, written) => ({
      cancellation: createClinicCancellationRepository(tx, cipher),
      audit: createAuditRepository(tx),
      outbox: createTransactionOutbox(tx, cipher, written),
      recipients: createRecipientsRepository(tx),
    })),
  };
}
