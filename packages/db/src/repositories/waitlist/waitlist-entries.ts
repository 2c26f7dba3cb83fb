import type { WaitlistEntryView, WaitlistRepository } from '@talon/core/waitlist';
import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNull,
  lt,
  lte,
  ne,
  notExists,
  or,
  sql,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbExecutor } from '../../client';
import {
  waitlistEntries as entries,
  waitlistOffers as offers,
  organizations,
  patients,
  practitionerRoles,
  practitioners,
  slots,
  specialties,
} from '../../schema';
import { fullNameOf, hasRow, instant } from '../../sql';
import { isOpenOffer } from './waitlist-offers';

/** The entry's target and, when open, its offer's slot: clinics and practitioners appear twice. */
const targetPractitioner = alias(practitioners, 'pr');
const targetOrganization = alias(organizations, 'org');
const offerOrganization = alias(organizations, 'so');
const offerPractitioner = alias(practitioners, 'spr');

const entryViewColumns = {
  id: entries.id,
  patientId: entries.patientId,
  specialty: { code: entries.specialtyCode, name: specialties.name },
  practitionerId: entries.practitionerId,
  practitionerName: fullNameOf(targetPractitioner),
  organizationId: entries.organizationId,
  organizationName: targetOrganization.name,
  dateFrom: entries.dateFrom,
  dateTo: entries.dateTo,
  reason: entries.reason,
  status: entries.status,
  appointmentId: entries.appointmentId,
  createdAt: entries.createdAt,
  offerSlotId: offers.slotId,
  offerExpiresAt: offers.expiresAt,
  offerStartsAt: slots.startsAt,
  offerEndsAt: slots.endsAt,
  offerTimeZone: offerOrganization.timeZone,
  offerOrganizationId: offerOrganization.id,
  offerOrganizationName: offerOrganization.name,
  offerPractitionerId: offerPractitioner.id,
  offerPractitionerName: fullNameOf(offerPractitioner),
};

type EntryViewRow = Awaited<ReturnType<typeof selectEntryViews>>[number];

function selectEntryViews(db: DbExecutor, patientIds: readonly string[], now: Date) {
  return db
    .select(entryViewColumns)
    .from(entries)
    .innerJoin(specialties, eq(specialties.code, entries.specialtyCode))
    .leftJoin(targetPractitioner, eq(targetPractitioner.id, entries.practitionerId))
    .leftJoin(targetOrganization, eq(targetOrganization.id, entries.organizationId))
    .leftJoin(offers, and(eq(offers.entryId, entries.id), isOpenOffer, gt(offers.expiresAt, now)))
    .leftJoin(slots, eq(slots.id, offers.slotId))
    .leftJoin(offerOrganization, eq(offerOrganization.id, slots.organizationId))
    .leftJoin(offerPractitioner, eq(offerPractitioner.id, slots.practitionerId))
    .where(and(inArray(entries.patientId, [...patientIds]), ne(entries.status, 'cancelled')))
    .orderBy(desc(entries.createdAt), asc(entries.id));
}

/** An entry as the patient sees it: a waiting entry with a live offer reads `offered`. */
function toEntryView(row: EntryViewRow): WaitlistEntryView {
  const hasOffer = row.offerSlotId !== null && row.status === 'waiting';
  return {
    id: row.id,
    patientId: row.patientId,
    specialty: row.specialty,
    practitioner: row.practitionerId ? { id: row.practitionerId, name: row.practitionerName ?? '' } : null,
    organization: row.organizationId ? { id: row.organizationId, name: row.organizationName ?? '' } : null,
    dateFrom: row.dateFrom,
    dateTo: row.dateTo,
    reason: row.reason,
    status: hasOffer ? 'offered' : row.status === 'cancelled' ? 'expired' : row.status,
    appointmentId: row.appointmentId,
    createdAt: row.createdAt,
    offer: hasOffer
      ? {
          slotId: row.offerSlotId!,
          startsAt: row.offerStartsAt!,
          endsAt: row.offerEndsAt!,
          timeZone: row.offerTimeZone!,
          expiresAt: row.offerExpiresAt!,
          practitioner: { id: row.offerPractitionerId!, name: row.offerPractitionerName ?? '' },
          organization: { id: row.offerOrganizationId!, name: row.offerOrganizationName ?? '' },
        }
      : null,
  };
}

type EntryOperations =
  | 'specialtyAgeGroup'
  | 'targetExists'
  | 'countActive'
  | 'insertEntry'
  | 'listEntries'
  | 'findEntry'
  | 'cancelEntry'
  | 'waitingCandidates'
  | 'expireEntries';

/** The waitlist's entries: joining, listing, leaving, expiring, and the candidates for a slot. */
export function createWaitlistEntries(db: DbExecutor): Pick<WaitlistRepository, EntryOperations> {
  return {
    async specialtyAgeGroup(code) {
      const [row] = await db
        .select({ ageGroup: specialties.ageGroup })
        .from(specialties)
        .where(eq(specialties.code, code));
      return row?.ageGroup ?? null;
    },

    targetExists: (specialtyCode, practitionerId, organizationId) =>
      hasRow(
        db,
        practitionerRoles,
        and(
          eq(practitionerRoles.specialtyCode, specialtyCode),
          eq(practitionerRoles.isActive, true),
          practitionerId ? eq(practitionerRoles.practitionerId, practitionerId) : undefined,
          organizationId ? eq(practitionerRoles.organizationId, organizationId) : undefined,
        ),
      ),

    async countActive(patientId) {
      const [row] = await db
        .select({ n: count() })
        .from(entries)
        .where(and(eq(entries.patientId, patientId), eq(entries.status, 'waiting')));
      return row?.n ?? 0;
    },

    async insertEntry(e, now) {
      // No conflict target: the unique index of active entries answers "no row" instead of an error.
      const [row] = await db
        .insert(entries)
        .values({
          patientId: e.patientId,
          createdByAccountId: e.createdByAccountId,
          specialtyCode: e.specialtyCode,
          practitionerId: e.practitionerId,
          organizationId: e.organizationId,
          dateFrom: e.dateFrom,
          dateTo: e.dateTo,
          reason: e.reason,
          updatedAt: now,
        })
        .onConflictDoNothing()
        .returning({ id: entries.id });
      return row ?? 'duplicate';
    },

    async listEntries(patientIds, now) {
      if (patientIds.length === 0) return [];
      const rows = await selectEntryViews(db, patientIds, now);
      return rows.map(toEntryView);
    },

    async findEntry(id) {
      const [row] = await db
        .select({
          id: entries.id,
          patientId: entries.patientId,
          status: entries.status,
          createdByAccountId: entries.createdByAccountId,
        })
        .from(entries)
        .where(eq(entries.id, id));
      return row ?? null;
    },

    async cancelEntry(id, now) {
      const rows = await db
        .update(entries)
        .set({
          status: 'cancelled',
          closedAt: sql`coalesce(${entries.closedAt}, ${instant(now)})`,
          updatedAt: now,
        })
        .where(and(eq(entries.id, id), ne(entries.status, 'cancelled')))
        .returning({ id: entries.id });
      return rows.length === 1;
    },

    waitingCandidates: (q, limit) =>
      db
        .select({
          id: entries.id,
          patientId: entries.patientId,
          specialtyCode: entries.specialtyCode,
          practitionerId: entries.practitionerId,
          organizationId: entries.organizationId,
          dateFrom: entries.dateFrom,
          dateTo: entries.dateTo,
          createdAt: entries.createdAt,
          createdByAccountId: entries.createdByAccountId,
          patientBirthDate: patients.birthDate,
          patientRegionCode: patients.regionCode,
        })
        .from(entries)
        .innerJoin(patients, eq(patients.id, entries.patientId))
        .where(
          and(
            // The literal, for the partial index `waitlist_entries_waiting_idx` (specialty, created_at).
            sql`${entries.status} = 'waiting'`,
            eq(entries.specialtyCode, q.specialtyCode),
            or(isNull(entries.practitionerId), eq(entries.practitionerId, q.practitionerId)),
            or(isNull(entries.organizationId), eq(entries.organizationId, q.organizationId)),
            sql`(${entries.practitionerId} is not null or ${entries.organizationId} is not null or ${patients.regionCode} = ${q.regionCode})`,
            lte(entries.dateFrom, q.day),
            gte(entries.dateTo, q.day),
            notExists(
              db
                .select({ one: sql`1` })
                .from(offers)
                .where(and(eq(offers.entryId, entries.id), or(isOpenOffer, eq(offers.slotId, q.slotId)))),
            ),
          ),
        )
        .orderBy(asc(entries.createdAt), asc(entries.id))
        .limit(limit),

    async expireEntries(beforeDate, now) {
      const rows = await db
        .update(entries)
        .set({ status: 'expired', closedAt: now, updatedAt: now })
        .where(and(eq(entries.status, 'waiting'), lt(entries.dateTo, beforeDate)))
        .returning({ id: entries.id });
      return rows.length;
    },
  };
}
