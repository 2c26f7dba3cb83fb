import type { ClinicCancellationDeps, ClinicCancellationRepository } from '@talon/core/booking';
import { sql } from 'drizzle-orm';
import type { Database, DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { queryRows } from '../../query-rows';
import { createAuditRepository } from '../audit.repository';
import type { IdentityStoreOptions } from '../identity/identity-store';
import { createRecipientsRepository } from '../notifications/recipients.repository';
import { createTransactionOutbox } from '../outbox.repository';
import { createScheduleExceptionRepository } from '../scheduling/schedule-exceptions.repository';
import { createScheduleRepository } from '../scheduling/schedules.repository';
import { createBookingRepository } from './booking.repository';

const toDate = (value: unknown) => (value instanceof Date ? value : new Date(String(value)));

/** The SQL of a clinic-side cancellation (DESIGN rule 8): the role's period, its visits and its slots. */
export function createClinicCancellationRepository(
  db: DbExecutor,
  cipher: FieldCipher,
): ClinicCancellationRepository {
  const schedules = createScheduleRepository(db);
  const exceptions = createScheduleExceptionRepository(db);
  const booking = createBookingRepository(db, cipher);
  return {
    async findRole(roleId) {
      const [row] = await queryRows<{
        id: string;
        organization_id: string;
        organization_name: string;
        specialty_code: string;
        time_zone: string;
        min_notice_minutes: number;
      }>(
        db,
        sql`select r.id, r.organization_id, o.name as organization_name, r.specialty_code, o.time_zone,
            o.min_notice_minutes
          from practitioner_roles r join organizations o on o.id = r.organization_id where r.id = ${roleId}`,
      );
      return row
        ? {
            id: row.id,
            organizationId: row.organization_id,
            organizationName: row.organization_name,
            specialtyCode: row.specialty_code,
            timeZone: row.time_zone,
            minNoticeMinutes: Number(row.min_notice_minutes),
          }
        : null;
    },
    lockRole: (roleId) => schedules.lockRole(roleId),
    async createException(exception) {
      const created = await exceptions.create(exception);
      return { id: created.id };
    },
    async activeAppointments(roleId, from, to) {
      const rows = await queryRows<{
        id: string;
        patient_id: string;
        slot_id: string;
        code: string;
        starts_at: unknown;
        booked_by_account_id: string | null;
      }>(
        db,
        sql`select a.id, a.patient_id, a.slot_id, a.code, a.starts_at, a.booked_by_account_id
          from appointments a join slots s on s.id = a.slot_id
          where s.practitioner_role_id = ${roleId} and a.status in ('booked', 'confirmed')
            and s.starts_at >= ${from.toISOString()}::timestamptz and s.starts_at < ${to.toISOString()}::timestamptz
          order by s.starts_at, a.id
          for update of a`,
      );
      return rows.map((r) => ({
        id: r.id,
        patientId: r.patient_id,
        slotId: r.slot_id,
        code: r.code,
        startsAt: toDate(r.starts_at),
        bookedByAccountId: r.booked_by_account_id,
      }));
    },
    async cancelAppointments(ids, reason, at) {
      const changed: string[] = [];
      for (const id of ids) {
        const ok = await booking.setStatus(id, ['booked', 'confirmed'], 'cancelled_by_clinic', {
          at,
          cancellationReason: reason,
        });
        if (ok) {
          await booking.releaseReferral(id);
          changed.push(id);
        }
      }
      return changed;
    },
    async blockSlots(roleId, from, to, at) {
      const rows = await queryRows(
        db,
        sql`update slots set status = 'blocked', held_by_patient_id = null, held_until = null,
            updated_at = ${at.toISOString()}::timestamptz
          where practitioner_role_id = ${roleId} and starts_at >= ${from.toISOString()}::timestamptz
            and starts_at < ${to.toISOString()}::timestamptz
            and not exists (select 1 from appointments a where a.slot_id = slots.id
              and a.status in ('booked', 'confirmed', 'arrived'))
          returning id`,
      );
      return rows.length;
    },
    async alternativeStarts(role, earliest, limit) {
      const rows = await queryRows<{ starts_at: unknown }>(
        db,
        sql`select s.starts_at from slots s
          where s.organization_id = ${role.organizationId} and s.specialty_code = ${role.specialtyCode}
            and s.practitioner_role_id <> ${role.id} and s.status = 'free'
            and s.starts_at > ${earliest.toISOString()}::timestamptz and 'internet' = any(s.channels)
            and (s.held_until is null or s.held_until <= now())
          order by s.starts_at limit ${limit}`,
      );
      return rows.map((r) => toDate(r.starts_at));
    },
    async grantRebookingPriority(p) {
      await db.execute(
        sql`insert into rebooking_priorities (patient_id, specialty_code, organization_id, until, source_appointment_id)
          values (${p.patientId}, ${p.specialtyCode}, ${p.organizationId}, ${p.until.toISOString()}::timestamptz,
            ${p.sourceAppointmentId})
          on conflict (source_appointment_id) do update set until = excluded.until`,
      );
    },
  };
}

/** The unit of work of a clinic cancellation: exception, visits, slots, priorities, audit and outbox. */
export function createClinicCancellationStore(
  db: Database,
  cipher: FieldCipher,
  options: IdentityStoreOptions = {},
): ClinicCancellationDeps['store'] {
  return {
    async transaction(work) {
      const written: string[] = [];
      const result = await db.transaction(async (tx) => {
        return work({
          cancellation: createClinicCancellationRepository(tx, cipher),
          audit: createAuditRepository(tx),
          outbox: createTransactionOutbox(tx, cipher, written),
          recipients: createRecipientsRepository(tx),
        });
      });
      if (written.length) options.afterCommit?.(written);
      return result;
    },
  };
}
