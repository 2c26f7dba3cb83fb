import type {
  AppointmentRecord,
  AppointmentStatus,
  BookingRepository,
  SlotAlternative,
  SlotFacts,
} from '@talon/core/booking';
import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { queryRows } from '../../query-rows';
import { createAppointmentViews } from './appointment-views';

const toDate = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));
const toDateOrNull = (value: unknown): Date | null =>
  value === null || value === undefined ? null : toDate(value);
const uuidList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
const PRACTITIONER_NAME = sql`concat_ws(' ', pr.surname, pr.name, pr.patronymic)`;

type SlotRow = {
  id: string;
  status: SlotFacts['status'];
  held_by_patient_id: string | null;
  held_until: unknown;
  starts_at: unknown;
  ends_at: unknown;
  channels: string[];
  is_priority: boolean;
  priority_released_at: unknown;
  specialty_code: string;
  region_code: string;
  organization_id: string;
  practitioner_id: string;
  visit_type: SlotFacts['visitType'];
  short_name: string;
  time_zone: string;
  booking_horizon_days: number;
  min_notice_minutes: number;
  cancellation_window_hours: number;
  self_booking: boolean;
  referral_required: boolean;
  attachment_required: boolean;
};

/**
 * Booking's SQL (DESIGN rules 1–9). The slot is claimed by one conditional UPDATE and the appointment
 * inserted under the unique partial index `appointments_active_slot_key`, so no interleaving of requests
 * can give a slot two active appointments. Free text (reasons) is encrypted at rest.
 */
export function createBookingRepository(db: DbExecutor, cipher: FieldCipher): BookingRepository {
  return {
    ...createAppointmentViews(db, cipher),

    async findSlot(slotId) {
      const [row] = await queryRows<SlotRow>(
        db,
        sql`select s.id, s.status, s.held_by_patient_id, s.held_until, s.starts_at, s.ends_at, s.channels,
            s.is_priority, s.priority_released_at, s.specialty_code, s.region_code, s.organization_id, s.practitioner_id,
            s.visit_type, o.short_name, o.time_zone, o.booking_horizon_days, o.min_notice_minutes,
            o.cancellation_window_hours, sp.self_booking, sp.referral_required, sp.attachment_required
          from slots s
          join organizations o on o.id = s.organization_id
          join specialties sp on sp.code = s.specialty_code
          where s.id = ${slotId}`,
      );
      if (!row) return null;
      return {
        id: row.id,
        status: row.status,
        heldByPatientId: row.held_by_patient_id,
        heldUntil: toDateOrNull(row.held_until),
        startsAt: toDate(row.starts_at),
        endsAt: toDate(row.ends_at),
        channels: row.channels,
        isPriority: row.is_priority,
        priorityReleasedAt: toDateOrNull(row.priority_released_at),
        specialtyCode: row.specialty_code,
        regionCode: row.region_code,
        organizationId: row.organization_id,
        practitionerId: row.practitioner_id,
        visitType: row.visit_type,
        organization: {
          shortName: row.short_name,
          timeZone: row.time_zone,
          bookingHorizonDays: row.booking_horizon_days,
          minNoticeMinutes: row.min_notice_minutes,
          cancellationWindowHours: row.cancellation_window_hours,
        },
        specialty: {
          selfBooking: row.self_booking,
          referralRequired: row.referral_required,
          attachmentRequired: row.attachment_required,
        },
      };
    },

    async lockPatient(patientId) {
      const rows = await queryRows(db, sql`select id from patients where id = ${patientId} for update`);
      return rows.length === 1;
    },

    async patientFacts(patientId, specialtyCode, now, noShowsSince, excludeAppointmentId) {
      const [row] = await queryRows<{
        id: string;
        attached_organization_id: string | null;
        privileged_category: string | null;
        no_shows: unknown;
        active: number;
      }>(
        db,
        sql`select p.id, p.attached_organization_id, p.privileged_category,
            coalesce((select json_agg(a.starts_at) from appointments a where a.patient_id = p.id
              and a.status = 'noshow' and a.starts_at > ${noShowsSince.toISOString()}::timestamptz), '[]'::json)
              as no_shows,
            (select count(*)::int from appointments a where a.patient_id = p.id
              and a.specialty_code = ${specialtyCode} and a.status in ('booked', 'confirmed')
              and a.starts_at > ${now.toISOString()}::timestamptz
              ${excludeAppointmentId ? sql`and a.id <> ${excludeAppointmentId}::uuid` : sql``}) as active
          from patients p where p.id = ${patientId}`,
      );
      if (!row) return null;
      const noShows = (
        typeof row.no_shows === 'string' ? JSON.parse(row.no_shows) : row.no_shows
      ) as string[];
      return {
        id: row.id,
        attachedOrganizationId: row.attached_organization_id,
        privilegedCategory: row.privileged_category,
        noShowStarts: noShows.map((value) => new Date(value)),
        activeInSpecialty: Number(row.active),
      };
    },

    async findReferral(referralId) {
      const [row] = await queryRows<{
        id: string;
        patient_id: string;
        specialty_code: string;
        valid_until: unknown;
        used_by_appointment_id: string | null;
        cancelled_at: unknown;
      }>(
        db,
        sql`select id, patient_id, specialty_code, valid_until::text as valid_until, used_by_appointment_id,
            cancelled_at from referrals where id = ${referralId}`,
      );
      if (!row) return null;
      return {
        id: row.id,
        patientId: row.patient_id,
        specialtyCode: row.specialty_code,
        validUntil: String(row.valid_until),
        usedByAppointmentId: row.used_by_appointment_id,
        cancelledAt: toDateOrNull(row.cancelled_at),
      };
    },

    async claimSlot(slotId, holderIds, now) {
      const at = now.toISOString();
      const rows = await queryRows(
        db,
        sql`update slots set status = 'booked', held_by_patient_id = null, held_until = null,
            updated_at = ${at}::timestamptz
          where id = ${slotId} and status = 'free'
            and (held_by_patient_id is null or held_until <= ${at}::timestamptz
              or held_by_patient_id in (${uuidList(holderIds)}))
          returning id`,
      );
      return rows.length === 1;
    },

    async releaseSlot(slotId, now) {
      await db.execute(
        sql`update slots set status = 'free', updated_at = ${now.toISOString()}::timestamptz
          where id = ${slotId} and status = 'booked'`,
      );
    },

    async nextTicketSequence(organizationId, localDay) {
      const [row] = await queryRows<{ last: number }>(
        db,
        sql`insert into ticket_counters (organization_id, day, last) values (${organizationId}, ${localDay}::date, 1)
          on conflict (organization_id, day) do update set last = ticket_counters.last + 1
          returning last`,
      );
      return Number(row!.last);
    },

    async insertAppointment(a) {
      // No conflict target: the unique partial index on the slot and the unique code and ticket number
      // all answer "no row" instead of aborting the transaction; the caller learns which below.
      const [row] = await queryRows<{ id: string }>(
        db,
        sql`insert into appointments (slot_id, patient_id, organization_id, practitioner_id, specialty_code,
            starts_at, status, code, ticket_number, channel, booked_by_account_id, booked_by_kind, visit_type,
            reason_encrypted, referral_id, override_reason, created_at, updated_at)
          select s.id, ${a.patientId}, s.organization_id, s.practitioner_id, s.specialty_code, s.starts_at,
            'booked', ${a.code}, ${a.ticketNumber}, ${a.channel}, ${a.bookedByAccountId}, ${a.bookedByKind},
            s.visit_type, ${a.reason ? cipher.encrypt(a.reason) : null}, ${a.referralId}, ${a.overrideReason},
            ${a.at.toISOString()}::timestamptz, ${a.at.toISOString()}::timestamptz
          from slots s where s.id = ${a.slotId}
          on conflict do nothing
          returning id`,
      );
      if (row) return { id: row.id };
      const taken = await queryRows(
        db,
        sql`select 1 from appointments where slot_id = ${a.slotId} and status in ('booked', 'confirmed', 'arrived')`,
      );
      return taken.length ? 'slot_taken' : 'duplicate_code';
    },

    async useReferral(referralId, appointmentId) {
      const rows = await queryRows(
        db,
        sql`update referrals set used_by_appointment_id = ${appointmentId}, updated_at = now()
          where id = ${referralId} and used_by_appointment_id is null returning id`,
      );
      return rows.length === 1;
    },

    async releaseReferral(appointmentId) {
      await db.execute(
        sql`update referrals set used_by_appointment_id = null, updated_at = now()
          where used_by_appointment_id = ${appointmentId}`,
      );
    },

    async findAppointment(id) {
      const [row] = await queryRows<{
        id: string;
        patient_id: string;
        slot_id: string;
        status: AppointmentStatus;
        starts_at: unknown;
        organization_id: string;
        practitioner_id: string;
        specialty_code: string;
        referral_id: string | null;
        time_zone: string;
        cancellation_window_hours: number;
      }>(
        db,
        sql`select a.id, a.patient_id, a.slot_id, a.status, a.starts_at, a.organization_id, a.practitioner_id,
            a.specialty_code, a.referral_id, o.time_zone, o.cancellation_window_hours
          from appointments a join organizations o on o.id = a.organization_id where a.id = ${id}`,
      );
      if (!row) return null;
      const record: AppointmentRecord = {
        id: row.id,
        patientId: row.patient_id,
        slotId: row.slot_id,
        status: row.status,
        startsAt: toDate(row.starts_at),
        organizationId: row.organization_id,
        practitionerId: row.practitioner_id,
        specialtyCode: row.specialty_code,
        referralId: row.referral_id,
        timeZone: row.time_zone,
        cancellationWindowHours: row.cancellation_window_hours,
      };
      return record;
    },

    async setStatus(id, from, to, change) {
      const at = change.at.toISOString();
      const stamps =
        to === 'confirmed'
          ? sql`, confirmed_at = ${at}::timestamptz`
          : to === 'arrived'
            ? sql`, arrived_at = ${at}::timestamptz`
            : to.startsWith('cancelled')
              ? sql`, cancelled_at = ${at}::timestamptz`
              : sql``;
      const reason =
        change.cancellationReason !== undefined
          ? sql`, cancellation_reason_encrypted = ${change.cancellationReason ? cipher.encrypt(change.cancellationReason) : null}`
          : sql``;
      const successor = change.rescheduledToId ? sql`, rescheduled_to_id = ${change.rescheduledToId}` : sql``;
      const rows = await queryRows(
        db,
        sql`update appointments set status = ${to}, updated_at = ${at}::timestamptz ${stamps} ${reason} ${successor}
          where id = ${id} and status in (${sql.join(
            from.map((s) => sql`${s}`),
            sql`, `,
          )}) returning id`,
      );
      return rows.length === 1;
    },

    async activeInSlot(slotId) {
      const [row] = await queryRows<{ id: string; patient_id: string }>(
        db,
        sql`select id, patient_id from appointments
          where slot_id = ${slotId} and status in ('booked', 'confirmed', 'arrived')`,
      );
      return row ? { id: row.id, patientId: row.patient_id } : null;
    },

    async wardIds(representativePatientId) {
      const rows = await queryRows<{ id: string }>(
        db,
        sql`select ward_patient_id as id from representative_links
          where representative_patient_id = ${representativePatientId} and status = 'active'`,
      );
      return rows.map((r) => r.id);
    },

    async alternatives(slot, channel, earliest, limit) {
      const rows = await queryRows<{
        id: string;
        starts_at: unknown;
        ends_at: unknown;
        time_zone: string;
        organization_id: string;
        organization_name: string;
        practitioner_id: string;
        practitioner_name: string;
        room: string | null;
      }>(
        db,
        sql`select s.id, s.starts_at, s.ends_at, o.time_zone, o.id as organization_id,
            o.name as organization_name, pr.id as practitioner_id, ${PRACTITIONER_NAME} as practitioner_name, l.room
          from (
            (select s.id, s.starts_at, s.ends_at, 0 as rank from slots s
              where s.organization_id = ${slot.organizationId} and s.specialty_code = ${slot.specialtyCode}
                and s.status = 'free' and s.id <> ${slot.id}
                and s.starts_at > ${earliest.toISOString()}::timestamptz
                and ${channel} = any(s.channels) and not s.is_priority
                and (s.held_until is null or s.held_until <= now())
              order by abs(extract(epoch from s.starts_at - ${slot.startsAt.toISOString()}::timestamptz))
              limit ${limit})
            union all
            (select s.id, s.starts_at, s.ends_at, 1 as rank from slots s
              where s.practitioner_id = ${slot.practitionerId} and s.organization_id <> ${slot.organizationId}
                and s.status = 'free' and s.starts_at > ${earliest.toISOString()}::timestamptz
                and ${channel} = any(s.channels) and not s.is_priority
                and (s.held_until is null or s.held_until <= now())
              order by abs(extract(epoch from s.starts_at - ${slot.startsAt.toISOString()}::timestamptz))
              limit ${limit})
          ) c
          join slots s on s.id = c.id
          join organizations o on o.id = s.organization_id
          join practitioners pr on pr.id = s.practitioner_id
          left join locations l on l.id = s.location_id
          order by c.rank, abs(extract(epoch from c.starts_at - ${slot.startsAt.toISOString()}::timestamptz))
          limit ${limit}`,
      );
      return rows.map(
        (row): SlotAlternative => ({
          id: row.id,
          startsAt: toDate(row.starts_at),
          endsAt: toDate(row.ends_at),
          timeZone: row.time_zone,
          organization: { id: row.organization_id, name: row.organization_name },
          practitioner: { id: row.practitioner_id, name: row.practitioner_name },
          room: row.room,
        }),
      );
    },

    async hold(slotId, patientId, until, now) {
      const at = now.toISOString();
      await db.execute(
        sql`update slots set held_by_patient_id = null, held_until = null
          where held_by_patient_id = ${patientId} and id <> ${slotId}
            and not exists (select 1 from waitlist_offers w where w.slot_id = slots.id and w.status = 'offered')`,
      );
      const rows = await queryRows(
        db,
        sql`update slots set held_by_patient_id = ${patientId}, held_until = greatest(${until.toISOString()}::timestamptz,
            case when held_by_patient_id = ${patientId} then held_until end)
          where id = ${slotId} and status = 'free'
            and (held_by_patient_id is null or held_until <= ${at}::timestamptz or held_by_patient_id = ${patientId})
          returning id`,
      );
      return rows.length === 1;
    },

    async countNoShow(patientId) {
      await db.execute(sql`update patients set no_show_count = no_show_count + 1 where id = ${patientId}`);
    },

    async hasRebookingPriority(patientId, specialtyCode, organizationId, now) {
      const rows = await queryRows(
        db,
        sql`select 1 from rebooking_priorities where patient_id = ${patientId}
          and specialty_code = ${specialtyCode} and organization_id = ${organizationId}
          and until > ${now.toISOString()}::timestamptz limit 1`,
      );
      return rows.length > 0;
    },
  };
}
