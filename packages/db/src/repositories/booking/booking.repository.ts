import { randomUUID } from 'node:crypto';
import type { BookingRepository, PatientBookingFacts, SlotAlternative } from '@talon/core/booking';
import { and, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import {
  appointments,
  type locations,
  organizations,
  patients,
  type practitioners,
  rebookingPriorities,
  referrals,
  slots,
  specialties,
  ticketCounters,
} from '../../schema';
import type { Nullable, RawRow, Renamed } from '../../sql';
import { fullNameSql, hasRow, instant, queryRows, toDate, uuidList } from '../../sql';
import { activeWardLinks } from '../access/active-ward-links';
import { createAppointmentViews } from './appointment-views';

/** The statuses that hold a slot, as literals: the unique partial index `appointments_active_slot_key`. */
const isActive = sql`${appointments.status} in ('booked', 'confirmed', 'arrived')`;

type PatientFactsRow = Pick<
  RawRow<typeof patients>,
  'id' | 'attached_organization_id' | 'privileged_category'
> & {
  /** `json_agg` of start times: parsed by one driver, text from the other. */
  no_shows: string | string[];
  active: number;
};

const toPatientFacts = (row: PatientFactsRow): PatientBookingFacts => {
  const noShows = (typeof row.no_shows === 'string' ? JSON.parse(row.no_shows) : row.no_shows) as string[];
  return {
    id: row.id,
    attachedOrganizationId: row.attached_organization_id,
    privilegedCategory: row.privileged_category,
    noShowStarts: noShows.map((value) => new Date(value)),
    activeInSpecialty: Number(row.active),
  };
};

type AlternativeRow = Pick<RawRow<typeof slots>, 'id' | 'starts_at' | 'ends_at'> &
  Pick<RawRow<typeof organizations>, 'time_zone'> &
  Renamed<RawRow<typeof organizations>, { id: 'organization_id'; name: 'organization_name' }> &
  Renamed<RawRow<typeof practitioners>, { id: 'practitioner_id' }> &
  Nullable<Pick<RawRow<typeof locations>, 'room'>> & { practitioner_name: string };

const toAlternative = (row: AlternativeRow): SlotAlternative => ({
  id: row.id,
  startsAt: toDate(row.starts_at),
  endsAt: toDate(row.ends_at),
  timeZone: row.time_zone,
  organization: { id: row.organization_id, name: row.organization_name },
  practitioner: { id: row.practitioner_id, name: row.practitioner_name },
  room: row.room,
});

/**
 * Booking's SQL (docs/domain.md rules 1–9). The slot is claimed by one conditional UPDATE and the appointment
 * inserted under the unique partial index `appointments_active_slot_key`, so no interleaving of requests
 * can give a slot two active appointments. Free text (reasons) is encrypted at rest.
 */
export function createBookingRepository(db: DbExecutor, cipher: FieldCipher): BookingRepository {
  /** Free text of an appointment, encrypted and bound to its row and column (docs/domain.md rule 18). */
  const sealed = (text: string | null | undefined, column: PgColumn, appointmentId: string) =>
    text ? cipher.encrypt(text, aadFor(column, appointmentId)) : null;
  return {
    ...createAppointmentViews(db, cipher),

    async findSlot(slotId) {
      const [row] = await db
        .select({
          id: slots.id,
          status: slots.status,
          heldByPatientId: slots.heldByPatientId,
          heldUntil: slots.heldUntil,
          startsAt: slots.startsAt,
          endsAt: slots.endsAt,
          channels: slots.channels,
          isPriority: slots.isPriority,
          priorityReleasedAt: slots.priorityReleasedAt,
          specialtyCode: slots.specialtyCode,
          regionCode: slots.regionCode,
          organizationId: slots.organizationId,
          practitionerId: slots.practitionerId,
          visitType: slots.visitType,
          organization: {
            shortName: organizations.shortName,
            timeZone: organizations.timeZone,
            bookingHorizonDays: organizations.bookingHorizonDays,
            minNoticeMinutes: organizations.minNoticeMinutes,
            cancellationWindowHours: organizations.cancellationWindowHours,
          },
          specialty: {
            selfBooking: specialties.selfBooking,
            referralRequired: specialties.referralRequired,
            attachmentRequired: specialties.attachmentRequired,
          },
        })
        .from(slots)
        .innerJoin(organizations, eq(organizations.id, slots.organizationId))
        .innerJoin(specialties, eq(specialties.code, slots.specialtyCode))
        .where(eq(slots.id, slotId));
      return row ?? null;
    },

    async lockPatient(patientId) {
      const rows = await db
        .select({ id: patients.id })
        .from(patients)
        .where(eq(patients.id, patientId))
        .for('update');
      return rows.length === 1;
    },

    async patientFacts(patientId, specialtyCode, now, noShowsSince, excludeAppointmentId) {
      const [row] = await queryRows<PatientFactsRow>(
        db,
        sql`select p.id, p.attached_organization_id, p.privileged_category,
            coalesce((select json_agg(a.starts_at) from appointments a where a.patient_id = p.id
              and a.status = 'noshow' and a.starts_at > ${instant(noShowsSince)}), '[]'::json)
              as no_shows,
            (select count(*)::int from appointments a where a.patient_id = p.id
              and a.specialty_code = ${specialtyCode} and a.status in ('booked', 'confirmed')
              and a.starts_at > ${instant(now)}
              ${excludeAppointmentId ? sql`and a.id <> ${excludeAppointmentId}::uuid` : sql``}) as active
          from patients p where p.id = ${patientId}`,
      );
      return row ? toPatientFacts(row) : null;
    },

    async findReferral(referralId) {
      const [row] = await db
        .select({
          id: referrals.id,
          patientId: referrals.patientId,
          specialtyCode: referrals.specialtyCode,
          validUntil: referrals.validUntil,
          usedByAppointmentId: referrals.usedByAppointmentId,
          cancelledAt: referrals.cancelledAt,
        })
        .from(referrals)
        .where(eq(referrals.id, referralId));
      return row ?? null;
    },

    async claimSlot(slotId, holderIds, now, startsAt) {
      const at = now.toISOString();
      const rows = await queryRows(
        db,
        sql`update slots set status = 'booked', held_by_patient_id = null, held_until = null,
            updated_at = ${at}::timestamptz
          where id = ${slotId} and status = 'free' and starts_at = ${startsAt.toISOString()}::timestamptz
            and (held_by_patient_id is null or held_until <= ${at}::timestamptz
              or held_by_patient_id in (${uuidList(holderIds)}))
          returning id`,
      );
      return rows.length === 1;
    },

    async releaseSlot(slotId, now) {
      await db
        .update(slots)
        .set({ status: 'free', updatedAt: now })
        .where(and(eq(slots.id, slotId), eq(slots.status, 'booked')));
    },

    async nextTicketSequence(organizationId, localDay) {
      const [row] = await db
        .insert(ticketCounters)
        .values({ organizationId, day: localDay, last: 1 })
        .onConflictDoUpdate({
          target: [ticketCounters.organizationId, ticketCounters.day],
          set: { last: sql`${ticketCounters.last} + 1` },
        })
        .returning({ last: ticketCounters.last });
      return row!.last;
    },

    async insertAppointment(a) {
      // No conflict target: the unique partial index on the slot and the unique code and ticket number
      // all answer "no row" instead of aborting the transaction; the caller learns which below.
      // The id is made here: the reasons' ciphertexts are bound to it (docs/domain.md rule 18).
      const id = randomUUID();
      const [row] = await queryRows<Pick<RawRow<typeof appointments>, 'id'>>(
        db,
        sql`insert into appointments (id, slot_id, patient_id, organization_id, practitioner_id, specialty_code,
            starts_at, status, code, ticket_number, channel, booked_by_account_id, booked_by_kind, visit_type,
            reason_encrypted, referral_id, override_reason_encrypted, booked_by_client_id, client_identifier,
            created_at, updated_at)
          select ${id}::uuid, s.id, ${a.patientId}, s.organization_id, s.practitioner_id, s.specialty_code,
            s.starts_at, 'booked', ${a.code}, ${a.ticketNumber}, ${a.channel}, ${a.bookedByAccountId},
            ${a.bookedByKind}, s.visit_type, ${sealed(a.reason, appointments.reasonEncrypted, id)},
            ${a.referralId}, ${sealed(a.overrideReason, appointments.overrideReasonEncrypted, id)},
            ${a.bookedByClientId ?? null}::uuid, ${a.clientIdentifier ?? null},
            ${a.at.toISOString()}::timestamptz, ${a.at.toISOString()}::timestamptz
          from slots s where s.id = ${a.slotId}
          on conflict do nothing
          returning id`,
      );
      if (row) return { id: row.id };
      const taken = await db
        .select({ id: appointments.id })
        .from(appointments)
        .where(
          or(
            and(eq(appointments.slotId, a.slotId), isActive),
            // A client's identifier already used: the client's retry, answered with its first booking.
            a.clientIdentifier && a.bookedByClientId
              ? and(
                  eq(appointments.bookedByClientId, a.bookedByClientId),
                  eq(appointments.clientIdentifier, a.clientIdentifier),
                )
              : undefined,
          ),
        );
      return taken.length ? 'slot_taken' : 'duplicate_code';
    },

    async useReferral(referralId, appointmentId) {
      const rows = await db
        .update(referrals)
        .set({ usedByAppointmentId: appointmentId, updatedAt: sql`now()` })
        .where(and(eq(referrals.id, referralId), isNull(referrals.usedByAppointmentId)))
        .returning({ id: referrals.id });
      return rows.length === 1;
    },

    async releaseReferral(appointmentId) {
      await db
        .update(referrals)
        .set({ usedByAppointmentId: null, updatedAt: sql`now()` })
        .where(eq(referrals.usedByAppointmentId, appointmentId));
    },

    async findAppointment(id) {
      const [row] = await db
        .select({
          id: appointments.id,
          patientId: appointments.patientId,
          slotId: appointments.slotId,
          status: appointments.status,
          startsAt: appointments.startsAt,
          organizationId: appointments.organizationId,
          practitionerId: appointments.practitionerId,
          specialtyCode: appointments.specialtyCode,
          referralId: appointments.referralId,
          timeZone: organizations.timeZone,
          cancellationWindowHours: organizations.cancellationWindowHours,
        })
        .from(appointments)
        .innerJoin(organizations, eq(organizations.id, appointments.organizationId))
        .where(eq(appointments.id, id));
      return row ?? null;
    },

    async findAppointmentIdByCode(code) {
      const [row] = await db
        .select({ id: appointments.id })
        .from(appointments)
        .where(eq(appointments.code, code));
      return row?.id ?? null;
    },

    async setStatus(id, from, to, change) {
      const stamp =
        to === 'confirmed'
          ? { confirmedAt: change.at }
          : to === 'arrived'
            ? { arrivedAt: change.at }
            : to.startsWith('cancelled')
              ? { cancelledAt: change.at, cancelledByKind: change.cancelledByKind }
              : {};
      const reason =
        change.cancellationReason !== undefined
          ? {
              cancellationReasonEncrypted: sealed(
                change.cancellationReason,
                appointments.cancellationReasonEncrypted,
                id,
              ),
            }
          : {};
      const successor = change.rescheduledToId ? { rescheduledToId: change.rescheduledToId } : {};
      const rows = await db
        .update(appointments)
        .set({ status: to, updatedAt: change.at, ...stamp, ...reason, ...successor })
        .where(and(eq(appointments.id, id), inArray(appointments.status, [...from])))
        .returning({ id: appointments.id });
      return rows.length === 1;
    },

    async activeInSlot(slotId) {
      const [row] = await db
        .select({ id: appointments.id, patientId: appointments.patientId })
        .from(appointments)
        .where(and(eq(appointments.slotId, slotId), isActive));
      return row ?? null;
    },

    wardLinks: (representativePatientId) => activeWardLinks(db, representativePatientId),

    async alternatives(slot, channel, earliest, limit) {
      const rows = await queryRows<AlternativeRow>(
        db,
        sql`select s.id, s.starts_at, s.ends_at, o.time_zone, o.id as organization_id,
            o.name as organization_name, pr.id as practitioner_id, ${fullNameSql('pr')} as practitioner_name, l.room
          from (
            (select s.id, s.starts_at, s.ends_at, 0 as rank from slots s
              where s.organization_id = ${slot.organizationId} and s.specialty_code = ${slot.specialtyCode}
                and s.status = 'free' and s.id <> ${slot.id}
                and s.starts_at > ${instant(earliest)}
                and ${channel} = any(s.channels) and not s.is_priority
                and (s.held_until is null or s.held_until <= now())
              order by abs(extract(epoch from s.starts_at - ${instant(slot.startsAt)}))
              limit ${limit})
            union all
            (select s.id, s.starts_at, s.ends_at, 1 as rank from slots s
              where s.practitioner_id = ${slot.practitionerId} and s.organization_id <> ${slot.organizationId}
                and s.status = 'free' and s.starts_at > ${instant(earliest)}
                and ${channel} = any(s.channels) and not s.is_priority
                and (s.held_until is null or s.held_until <= now())
              order by abs(extract(epoch from s.starts_at - ${instant(slot.startsAt)}))
              limit ${limit})
          ) c
          join slots s on s.id = c.id
          join organizations o on o.id = s.organization_id
          join practitioners pr on pr.id = s.practitioner_id
          left join locations l on l.id = s.location_id
          order by c.rank, abs(extract(epoch from c.starts_at - ${instant(slot.startsAt)}))
          limit ${limit}`,
      );
      return rows.map(toAlternative);
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
      await db
        .update(patients)
        .set({ noShowCount: sql`${patients.noShowCount} + 1` })
        .where(eq(patients.id, patientId));
    },

    hasRebookingPriority: (patientId, specialtyCode, organizationId, now) =>
      hasRow(
        db,
        rebookingPriorities,
        and(
          eq(rebookingPriorities.patientId, patientId),
          eq(rebookingPriorities.specialtyCode, specialtyCode),
          eq(rebookingPriorities.organizationId, organizationId),
          gt(rebookingPriorities.until, now),
        ),
      ),
  };
}
