import type { LapsedHold, WaitlistRepository } from '@talon/core/waitlist';
import { and, asc, eq, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import {
  waitlistEntries as entries,
  waitlistOffers as offers,
  organizations,
  slots,
  specialties,
} from '../../schema';
import type { NotNull, RawRow, Renamed } from '../../sql';
import { instant, queryRows, toDate } from '../../sql';

/** An open offer, as a literal: the partial unique indexes of open offers are written with it. */
export const isOpenOffer: SQL = sql`${offers.status} = 'offered'`;

/** A slot free for anyone at `now`: not booked or blocked, and no live hold. */
const isFreeAt = (now: Date) =>
  sql`s.status = 'free' and (s.held_until is null or s.held_until <= ${instant(now)})`;

/** An offer with the entry's author (who hears of its end): the sweep's and the leaving patient's view. */
const dueOfferColumns = {
  id: offers.id,
  entryId: offers.entryId,
  slotId: offers.slotId,
  patientId: offers.patientId,
  expiresAt: offers.expiresAt,
  createdByAccountId: entries.createdByAccountId,
};

/** A held slot: the statement selects only slots with a hold, so the hold's columns are set. */
type LapsedHoldRow = Renamed<RawRow<typeof slots>, { id: 'slot_id' }> &
  NotNull<Renamed<RawRow<typeof slots>, { held_by_patient_id: 'patient_id'; held_until: 'held_until' }>> &
  Pick<RawRow<typeof slots>, 'starts_at' | 'practitioner_id' | 'specialty_code'> &
  Pick<RawRow<typeof organizations>, 'time_zone'> &
  Renamed<RawRow<typeof organizations>, { id: 'organization_id'; name: 'organization_name' }> &
  Renamed<RawRow<typeof specialties>, { name: 'specialty_name' }>;

const toLapsedHold = (row: LapsedHoldRow): LapsedHold => ({
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
});

type OfferOperations =
  | 'openOfferOfEntry'
  | 'lockSlot'
  | 'createOffer'
  | 'closeOffer'
  | 'releaseHold'
  | 'acceptOffer'
  | 'dueOffers'
  | 'newSlotIds'
  | 'offerSlotSummary'
  | 'lapsedHolds';

/**
 * The waitlist's offers and the slots they hold. Offers are made under the slot's row lock, which booking's
 * conditional UPDATE takes too; the offer's exclusivity is the slot's hold (`held_by_patient_id`).
 */
export function createWaitlistOffers(db: DbExecutor): Pick<WaitlistRepository, OfferOperations> {
  const selectDueOffers = () =>
    db.select(dueOfferColumns).from(offers).innerJoin(entries, eq(entries.id, offers.entryId));

  return {
    async openOfferOfEntry(entryId) {
      const [row] = await selectDueOffers().where(and(eq(offers.entryId, entryId), isOpenOffer));
      return row ?? null;
    },

    async lockSlot(slotId) {
      await db.select({ id: slots.id }).from(slots).where(eq(slots.id, slotId)).for('update');
    },

    async createOffer(offer) {
      const [slot] = await db
        .select({ status: slots.status, heldByPatientId: slots.heldByPatientId, heldUntil: slots.heldUntil })
        .from(slots)
        .where(eq(slots.id, offer.slotId))
        .for('update');
      const isHeldByOther =
        slot?.heldByPatientId &&
        slot.heldUntil &&
        slot.heldUntil > offer.offeredAt &&
        slot.heldByPatientId !== offer.passingFromPatientId;
      if (slot?.status !== 'free' || isHeldByOther) return 'taken';
      const [row] = await db
        .insert(offers)
        .values({
          entryId: offer.entryId,
          slotId: offer.slotId,
          patientId: offer.patientId,
          offeredAt: offer.offeredAt,
          expiresAt: offer.expiresAt,
          status: 'offered',
          createdAt: offer.offeredAt,
          updatedAt: offer.offeredAt,
        })
        .onConflictDoNothing()
        .returning({ id: offers.id });
      if (!row) return 'conflict';
      await db
        .update(slots)
        .set({ heldByPatientId: offer.patientId, heldUntil: offer.holdUntil, updatedAt: offer.offeredAt })
        .where(eq(slots.id, offer.slotId));
      return row;
    },

    async closeOffer(offerId, status, now) {
      const rows = await db
        .update(offers)
        .set({ status, resolvedAt: now, updatedAt: now })
        .where(and(eq(offers.id, offerId), isOpenOffer))
        .returning({ id: offers.id });
      return rows.length === 1;
    },

    async releaseHold(slotId, patientId) {
      await db
        .update(slots)
        .set({ heldByPatientId: null, heldUntil: null })
        .where(and(eq(slots.id, slotId), eq(slots.heldByPatientId, patientId)));
    },

    async acceptOffer(slotId, patientId, appointmentId, now) {
      const rows = await queryRows(
        db,
        sql`with accepted as (
            update waitlist_offers set status = 'accepted', resolved_at = ${instant(now)}, updated_at = ${instant(now)}
            where slot_id = ${slotId} and patient_id = ${patientId} and status = 'offered'
            returning entry_id)
          update waitlist_entries e set status = 'fulfilled', appointment_id = ${appointmentId},
            closed_at = ${instant(now)}, updated_at = ${instant(now)}
          from accepted where e.id = accepted.entry_id and e.status = 'waiting'
          returning e.id`,
      );
      return rows.length === 1;
    },

    dueOffers: (now, limit) =>
      selectDueOffers()
        .innerJoin(slots, eq(slots.id, offers.slotId))
        .where(
          and(
            isOpenOffer,
            or(lte(offers.expiresAt, now), ne(slots.status, 'free'), ne(entries.status, 'waiting')),
          ),
        )
        .orderBy(asc(offers.expiresAt))
        .limit(limit),

    async newSlotIds(now, limit) {
      // Coarse in SQL (a day's margin around the window for any zone), exact in core (`entryMatchesSlot`).
      const rows = await queryRows<Pick<RawRow<typeof slots>, 'id'>>(
        db,
        sql`select s.id
          from waitlist_entries e
          join patients p on p.id = e.patient_id
          join slots s on s.specialty_code = e.specialty_code
            and s.created_at > e.created_at
            and (e.practitioner_id is null or s.practitioner_id = e.practitioner_id)
            and (e.organization_id is null or s.organization_id = e.organization_id)
            and (e.practitioner_id is not null or e.organization_id is not null or s.region_code = p.region_code)
            and s.starts_at > ${instant(now)}
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
      const [row] = await db
        .select({
          startsAt: slots.startsAt,
          timeZone: organizations.timeZone,
          organizationName: organizations.name,
          specialtyName: specialties.name,
        })
        .from(slots)
        .innerJoin(organizations, eq(organizations.id, slots.organizationId))
        .innerJoin(specialties, eq(specialties.code, slots.specialtyCode))
        .where(eq(slots.id, slotId));
      return row ?? null;
    },

    async lapsedHolds(from, to, limit) {
      const rows = await queryRows<LapsedHoldRow>(
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
            and s.held_until >= ${instant(from)} and s.held_until < ${instant(to)}
            and s.starts_at > ${instant(to)}
            and not exists (select 1 from waitlist_offers wo
              where wo.slot_id = s.id and wo.patient_id = s.held_by_patient_id)
            and not exists (select 1 from appointments a
              where a.patient_id = s.held_by_patient_id and a.created_at >= s.held_until - interval '1 hour')
          order by s.held_until
          limit ${limit}`,
      );
      return rows.map(toLapsedHold);
    },
  };
}
