import type { AgeGroup } from '@talon/core/slot-search';
import type {
  DueOffer,
  LapsedHold,
  WaitlistCandidate,
  WaitlistEntryStatus,
  WaitlistEntryView,
  WaitlistReason,
  WaitlistRepository,
} from '@talon/core/waitlist';
import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { queryRows } from '../../sql/query-rows';

const toDate = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));
const at = (instant: Date) => sql`${instant.toISOString()}::timestamptz`;
const uuidList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
const fullName = (alias: string) =>
  sql.raw(`concat_ws(' ', ${alias}.surname, ${alias}.name, ${alias}.patronymic)`);
/** A slot free for anyone at `now`: not booked or blocked, and no live hold. */
const isFreeAt = (now: Date) =>
  sql`s.status = 'free' and (s.held_until is null or s.held_until <= ${at(now)})`;

type EntryRow = {
  id: string;
  patient_id: string;
  specialty_code: string;
  specialty_name: string;
  practitioner_id: string | null;
  practitioner_name: string | null;
  organization_id: string | null;
  organization_name: string | null;
  date_from: string;
  date_to: string;
  reason: WaitlistReason;
  status: WaitlistEntryStatus;
  appointment_id: string | null;
  created_at: unknown;
  offer_slot_id: string | null;
  offer_expires_at: unknown;
  offer_starts_at: unknown;
  offer_ends_at: unknown;
  offer_time_zone: string | null;
  offer_organization_id: string | null;
  offer_organization_name: string | null;
  offer_practitioner_id: string | null;
  offer_practitioner_name: string | null;
};

function presentEntry(row: EntryRow): WaitlistEntryView {
  const hasOffer = row.offer_slot_id !== null && row.status === 'waiting';
  return {
    id: row.id,
    patientId: row.patient_id,
    specialty: { code: row.specialty_code, name: row.specialty_name },
    practitioner: row.practitioner_id ? { id: row.practitioner_id, name: row.practitioner_name ?? '' } : null,
    organization: row.organization_id ? { id: row.organization_id, name: row.organization_name ?? '' } : null,
    dateFrom: row.date_from,
    dateTo: row.date_to,
    reason: row.reason,
    status: hasOffer ? 'offered' : row.status === 'cancelled' ? 'expired' : row.status,
    appointmentId: row.appointment_id,
    createdAt: toDate(row.created_at),
    offer: hasOffer
      ? {
          slotId: row.offer_slot_id!,
          startsAt: toDate(row.offer_starts_at),
          endsAt: toDate(row.offer_ends_at),
          timeZone: row.offer_time_zone!,
          expiresAt: toDate(row.offer_expires_at),
          practitioner: { id: row.offer_practitioner_id!, name: row.offer_practitioner_name ?? '' },
          organization: { id: row.offer_organization_id!, name: row.offer_organization_name ?? '' },
        }
      : null,
  };
}

const toDueOffer = (row: {
  id: string;
  entry_id: string;
  slot_id: string;
  patient_id: string;
  expires_at: unknown;
  created_by_account_id: string | null;
}): DueOffer => ({
  id: row.id,
  entryId: row.entry_id,
  slotId: row.slot_id,
  patientId: row.patient_id,
  expiresAt: toDate(row.expires_at),
  createdByAccountId: row.created_by_account_id,
});

/**
 * The waitlist's SQL. Offers are guarded by the unique indexes of `waitlist_offers` (one open offer per
 * slot and per entry, a slot never offered to an entry twice) and made under the slot's row lock, which
 * booking's conditional UPDATE takes too; the offer's exclusivity is the slot's hold (`held_by_patient_id`).
 */
export function createWaitlistRepository(db: DbExecutor): WaitlistRepository {
  return {
    async specialtyAgeGroup(code) {
      const [row] = await queryRows<{ age_group: AgeGroup }>(
        db,
        sql`select age_group from specialties where code = ${code}`,
      );
      return row?.age_group ?? null;
    },

    async targetExists(specialtyCode, practitionerId, organizationId) {
      const rows = await queryRows(
        db,
        sql`select 1 from practitioner_roles r where r.specialty_code = ${specialtyCode} and r.is_active
          ${practitionerId ? sql`and r.practitioner_id = ${practitionerId}::uuid` : sql``}
          ${organizationId ? sql`and r.organization_id = ${organizationId}::uuid` : sql``}
          limit 1`,
      );
      return rows.length === 1;
    },

    async countActive(patientId) {
      const [row] = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from waitlist_entries where patient_id = ${patientId} and status = 'waiting'`,
      );
      return Number(row?.n ?? 0);
    },

    async insertEntry(e, now) {
      // No conflict target: the unique index of active entries answers "no row" instead of an error.
      const [row] = await queryRows<{ id: string }>(
        db,
        sql`insert into waitlist_entries (patient_id, created_by_account_id, specialty_code, practitioner_id,
            organization_id, date_from, date_to, reason, updated_at)
          values (${e.patientId}, ${e.createdByAccountId}, ${e.specialtyCode}, ${e.practitionerId},
            ${e.organizationId}, ${e.dateFrom}::date, ${e.dateTo}::date, ${e.reason}, ${at(now)})
          on conflict do nothing returning id`,
      );
      return row ? { id: row.id } : 'duplicate';
    },

    async listEntries(patientIds, now) {
      if (patientIds.length === 0) return [];
      const rows = await queryRows<EntryRow>(
        db,
        sql`select e.id, e.patient_id, e.specialty_code, sp.name as specialty_name,
            e.practitioner_id, ${fullName('pr')} as practitioner_name, e.organization_id, org.name as organization_name,
            e.date_from::text as date_from, e.date_to::text as date_to, e.reason, e.status, e.appointment_id,
            e.created_at, o.slot_id as offer_slot_id, o.expires_at as offer_expires_at,
            s.starts_at as offer_starts_at, s.ends_at as offer_ends_at, so.time_zone as offer_time_zone,
            so.id as offer_organization_id, so.name as offer_organization_name,
            spr.id as offer_practitioner_id, ${fullName('spr')} as offer_practitioner_name
          from waitlist_entries e
          join specialties sp on sp.code = e.specialty_code
          left join practitioners pr on pr.id = e.practitioner_id
          left join organizations org on org.id = e.organization_id
          left join waitlist_offers o on o.entry_id = e.id and o.status = 'offered' and o.expires_at > ${at(now)}
          left join slots s on s.id = o.slot_id
          left join organizations so on so.id = s.organization_id
          left join practitioners spr on spr.id = s.practitioner_id
          where e.patient_id in (${uuidList(patientIds)}) and e.status <> 'cancelled'
          order by e.created_at desc, e.id`,
      );
      return rows.map(presentEntry);
    },

    async findEntry(id) {
      const [row] = await queryRows<{ id: string; patient_id: string; status: WaitlistEntryStatus }>(
        db,
        sql`select id, patient_id, status from waitlist_entries where id = ${id}`,
      );
      return row ? { id: row.id, patientId: row.patient_id, status: row.status } : null;
    },

    async cancelEntry(id, now) {
      const rows = await queryRows(
        db,
        sql`update waitlist_entries set status = 'cancelled', closed_at = coalesce(closed_at, ${at(now)}),
            updated_at = ${at(now)}
          where id = ${id} and status <> 'cancelled' returning id`,
      );
      return rows.length === 1;
    },

    async openOfferOfEntry(entryId) {
      const [row] = await queryRows<Parameters<typeof toDueOffer>[0]>(
        db,
        sql`select id, entry_id, slot_id, patient_id, expires_at from waitlist_offers
          where entry_id = ${entryId} and status = 'offered'`,
      );
      return row ? toDueOffer(row) : null;
    },

    async waitingCandidates(q, limit) {
      const rows = await queryRows<{
        id: string;
        patient_id: string;
        specialty_code: string;
        practitioner_id: string | null;
        organization_id: string | null;
        date_from: string;
        date_to: string;
        created_at: unknown;
        created_by_account_id: string | null;
        birth_date: string;
        region_code: string;
      }>(
        db,
        sql`select e.id, e.patient_id, e.specialty_code, e.practitioner_id, e.organization_id,
            e.date_from::text as date_from, e.date_to::text as date_to, e.created_at, e.created_by_account_id,
            p.birth_date::text as birth_date, p.region_code
          from waitlist_entries e
          join patients p on p.id = e.patient_id
          where e.status = 'waiting' and e.specialty_code = ${q.specialtyCode}
            and (e.practitioner_id is null or e.practitioner_id = ${q.practitionerId}::uuid)
            and (e.organization_id is null or e.organization_id = ${q.organizationId}::uuid)
            and (e.practitioner_id is not null or e.organization_id is not null or p.region_code = ${q.regionCode})
            and e.date_from <= ${q.day}::date and e.date_to >= ${q.day}::date
            and not exists (select 1 from waitlist_offers o where o.entry_id = e.id
              and (o.status = 'offered' or o.slot_id = ${q.slotId}::uuid))
          order by e.created_at, e.id
          limit ${limit}`,
      );
      return rows.map(
        (row): WaitlistCandidate => ({
          id: row.id,
          patientId: row.patient_id,
          specialtyCode: row.specialty_code,
          practitionerId: row.practitioner_id,
          organizationId: row.organization_id,
          dateFrom: row.date_from,
          dateTo: row.date_to,
          createdAt: toDate(row.created_at),
          createdByAccountId: row.created_by_account_id,
          patientBirthDate: row.birth_date,
          patientRegionCode: row.region_code,
        }),
      );
    },

    async lockSlot(slotId) {
      await db.execute(sql`select id from slots where id = ${slotId} for update`);
    },

    async createOffer(offer) {
      const [slot] = await queryRows<{
        status: string;
        held_by_patient_id: string | null;
        held_until: unknown;
      }>(
        db,
        sql`select status, held_by_patient_id, held_until from slots where id = ${offer.slotId} for update`,
      );
      const heldUntil = slot?.held_until ? toDate(slot.held_until) : null;
      const isHeldByOther =
        slot?.held_by_patient_id &&
        heldUntil &&
        heldUntil > offer.offeredAt &&
        slot.held_by_patient_id !== offer.passingFromPatientId;
      if (slot?.status !== 'free' || isHeldByOther) return 'taken';
      const [row] = await queryRows<{ id: string }>(
        db,
        sql`insert into waitlist_offers (entry_id, slot_id, patient_id, offered_at, expires_at, status,
            created_at, updated_at)
          values (${offer.entryId}, ${offer.slotId}, ${offer.patientId}, ${at(offer.offeredAt)},
            ${at(offer.expiresAt)}, 'offered', ${at(offer.offeredAt)}, ${at(offer.offeredAt)})
          on conflict do nothing returning id`,
      );
      if (!row) return 'conflict';
      await db.execute(
        sql`update slots set held_by_patient_id = ${offer.patientId}, held_until = ${at(offer.holdUntil)},
            updated_at = ${at(offer.offeredAt)}
          where id = ${offer.slotId}`,
      );
      return { id: row.id };
    },

    async closeOffer(offerId, status, now) {
      const rows = await queryRows(
        db,
        sql`update waitlist_offers set status = ${status}, resolved_at = ${at(now)}, updated_at = ${at(now)}
          where id = ${offerId} and status = 'offered' returning id`,
      );
      return rows.length === 1;
    },

    async releaseHold(slotId, patientId) {
      await db.execute(
        sql`update slots set held_by_patient_id = null, held_until = null
          where id = ${slotId} and held_by_patient_id = ${patientId}`,
      );
    },

    async acceptOffer(slotId, patientId, appointmentId, now) {
      const rows = await queryRows(
        db,
        sql`with accepted as (
            update waitlist_offers set status = 'accepted', resolved_at = ${at(now)}, updated_at = ${at(now)}
            where slot_id = ${slotId} and patient_id = ${patientId} and status = 'offered'
            returning entry_id)
          update waitlist_entries e set status = 'fulfilled', appointment_id = ${appointmentId},
            closed_at = ${at(now)}, updated_at = ${at(now)}
          from accepted where e.id = accepted.entry_id and e.status = 'waiting'
          returning e.id`,
      );
      return rows.length === 1;
    },

    async dueOffers(now, limit) {
      const rows = await queryRows<Parameters<typeof toDueOffer>[0]>(
        db,
        sql`select o.id, o.entry_id, o.slot_id, o.patient_id, o.expires_at, e.created_by_account_id
          from waitlist_offers o
          join slots s on s.id = o.slot_id
          join waitlist_entries e on e.id = o.entry_id
          where o.status = 'offered'
            and (o.expires_at <= ${at(now)} or s.status <> 'free' or e.status <> 'waiting')
          order by o.expires_at
          limit ${limit}`,
      );
      return rows.map(toDueOffer);
    },

    async expireEntries(beforeDate, now) {
      const rows = await queryRows(
        db,
        sql`update waitlist_entries set status = 'expired', closed_at = ${at(now)}, updated_at = ${at(now)}
          where status = 'waiting' and date_to < ${beforeDate}::date returning id`,
      );
      return rows.length;
    },

    async newSlotIds(now, limit) {
      // Coarse in SQL (a day's margin around the window for any zone), exact in core (`entryMatchesSlot`).
      const rows = await queryRows<{ id: string }>(
        db,
        sql`select s.id
          from waitlist_entries e
          join patients p on p.id = e.patient_id
          join slots s on s.specialty_code = e.specialty_code
            and s.created_at > e.created_at
            and (e.practitioner_id is null or s.practitioner_id = e.practitioner_id)
            and (e.organization_id is null or s.organization_id = e.organization_id)
            and (e.practitioner_id is not null or e.organization_id is not null or s.region_code = p.region_code)
            and s.starts_at > ${at(now)}
            and s.starts_at >= (e.date_from - 1)::timestamptz and s.starts_at < (e.date_to + 2)::timestamptz
            and 'internet' = any(s.channels)
            and ${isFreeAt(now)}
          where e.status = 'waiting'
            and not exists (select 1 from waitlist_offers o where o.entry_id = e.id
              and (o.status = 'offered' or o.slot_id = s.id))
          group by s.id
          order by min(e.created_at), min(s.starts_at)
          limit ${limit}`,
      );
      return rows.map((r) => r.id);
    },

    async offerSlotSummary(slotId) {
      const [row] = await queryRows<{
        starts_at: unknown;
        time_zone: string;
        organization_name: string;
        specialty_name: string;
      }>(
        db,
        sql`select s.starts_at, o.time_zone, o.name as organization_name, sp.name as specialty_name
          from slots s join organizations o on o.id = s.organization_id
          join specialties sp on sp.code = s.specialty_code
          where s.id = ${slotId}`,
      );
      return row
        ? {
            startsAt: toDate(row.starts_at),
            timeZone: row.time_zone,
            organizationName: row.organization_name,
            specialtyName: row.specialty_name,
          }
        : null;
    },

    async lapsedHolds(from, to, limit) {
      const rows = await queryRows<{
        slot_id: string;
        patient_id: string;
        held_until: unknown;
        starts_at: unknown;
        time_zone: string;
        organization_id: string;
        organization_name: string;
        practitioner_id: string;
        specialty_code: string;
        specialty_name: string;
      }>(
        db,
        // Lapsed holds stay on the row until someone clears them, so the partial index on held slots finds
        // them. Any booking of the patient in the hour before the hold ended (a hold lasts minutes: the
        // person chose another time) means nothing was lost.
        sql`select s.id as slot_id, s.held_by_patient_id as patient_id, s.held_until, s.starts_at,
            o.time_zone, o.id as organization_id, o.name as organization_name, s.practitioner_id,
            s.specialty_code, sp.name as specialty_name
          from slots s
          join organizations o on o.id = s.organization_id
          join specialties sp on sp.code = s.specialty_code
          where s.held_by_patient_id is not null and s.status = 'free'
            and s.held_until >= ${at(from)} and s.held_until < ${at(to)}
            and s.starts_at > ${at(to)}
            and not exists (select 1 from waitlist_offers wo
              where wo.slot_id = s.id and wo.patient_id = s.held_by_patient_id)
            and not exists (select 1 from appointments a
              where a.patient_id = s.held_by_patient_id and a.created_at >= s.held_until - interval '1 hour')
          order by s.held_until
          limit ${limit}`,
      );
      return rows.map(
        (row): LapsedHold => ({
          slotId: row.slot_id,
          patientId: row.patient_id,
          heldUntil: toDate(row.held_until),
          startsAt: toDate(row.starts_at),
          timeZone: row.time_zone,
          organizationId: row.organization_id,
          organizationName: row.organization_name,
          practitionerId: row.practitioner_id,
          specialtyCode: row.specialty_code,
          specialtyName: row.specialty_name,
        }),
      );
    },
  };
}
