import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { appointments, slots } from './booking.schema';
import { codeRef, entityColumns, isoDate, optionalUuidRef, timestamptz, uuidRef } from './columns';
import { accounts } from './identity.schema';
import { organizations } from './organizations.schema';
import { patients } from './patients.schema';
import { practitioners } from './practitioners.schema';
import { specialties } from './reference.schema';

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/** Why the patient joined the list (docs/domain.md §2 WaitlistEntry). */
export const WAITLIST_REASONS = ['no_free_slots', 'no_convenient_time', 'no_specialist'] as const;
/** `waiting` is the only active status; an open offer is a row of `waitlist_offers`, not an entry status. */
export const WAITLIST_ENTRY_STATUSES = ['waiting', 'fulfilled', 'cancelled', 'expired'] as const;
export const WAITLIST_OFFER_STATUSES = ['offered', 'accepted', 'expired', 'declined'] as const;

/** Stands for "any practitioner / any clinic" in the uniqueness of active entries (NULLs never clash). */
const NO_TARGET = sql.raw(`'00000000-0000-0000-0000-000000000000'::uuid`);

/**
 * A лист ожидания entry: a patient waits for a slot of a specialty (optionally of one practitioner or at one
 * clinic) whose clinic-local date lies in [date_from, date_to]. One active entry per patient, specialty and
 * target; the window is at most 31 days (the longest booking horizon).
 */
export const waitlistEntries = pgTable(
  'waitlist_entries',
  {
    ...entityColumns,
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    createdByAccountId: optionalUuidRef('created_by_account_id', () => accounts.id),
    specialtyCode: codeRef('specialty_code', () => specialties.code),
    practitionerId: optionalUuidRef('practitioner_id', () => practitioners.id, 'cascade'),
    organizationId: optionalUuidRef('organization_id', () => organizations.id, 'cascade'),
    dateFrom: isoDate('date_from').notNull(),
    dateTo: isoDate('date_to').notNull(),
    reason: text('reason', { enum: WAITLIST_REASONS }).notNull(),
    status: text('status', { enum: WAITLIST_ENTRY_STATUSES }).notNull().default('waiting'),
    /** The appointment that fulfilled the entry (the offered slot booked by the patient). */
    appointmentId: optionalUuidRef('appointment_id', () => appointments.id),
    closedAt: timestamptz('closed_at'),
  },
  (t) => [
    check('waitlist_entries_reason', sql`${t.reason} in (${inList(WAITLIST_REASONS)})`),
    check('waitlist_entries_status', sql`${t.status} in (${inList(WAITLIST_ENTRY_STATUSES)})`),
    check('waitlist_entries_window', sql`${t.dateTo} >= ${t.dateFrom} and ${t.dateTo} - ${t.dateFrom} <= 31`),
    check('waitlist_entries_closed', sql`(${t.status} = 'waiting') = (${t.closedAt} is null)`),
    uniqueIndex('waitlist_entries_active_key')
      .on(
        t.patientId,
        t.specialtyCode,
        sql`coalesce(${t.practitionerId}, ${NO_TARGET})`,
        sql`coalesce(${t.organizationId}, ${NO_TARGET})`,
      )
      .where(sql`${t.status} = 'waiting'`),
    // Matching a freed slot: the waiting entries of its specialty, oldest first (FIFO).
    index('waitlist_entries_waiting_idx')
      .on(t.specialtyCode, t.createdAt)
      .where(sql`${t.status} = 'waiting'`),
    index('waitlist_entries_patient_idx').on(t.patientId, t.createdAt),
  ],
);

/**
 * An exclusive offer of a slot to a waitlist entry. While `offered`, the slot carries a hold for the entry's
 * patient (`slots.held_by_patient_id`), so it is hidden from everyone else and only they can book it. An entry
 * is never offered the same slot twice; a slot and an entry each have at most one open offer.
 */
export const waitlistOffers = pgTable(
  'waitlist_offers',
  {
    ...entityColumns,
    entryId: uuidRef('entry_id', () => waitlistEntries.id, 'cascade'),
    slotId: uuidRef('slot_id', () => slots.id, 'cascade'),
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    offeredAt: timestamptz('offered_at').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    status: text('status', { enum: WAITLIST_OFFER_STATUSES }).notNull().default('offered'),
    resolvedAt: timestamptz('resolved_at'),
  },
  (t) => [
    check('waitlist_offers_status', sql`${t.status} in (${inList(WAITLIST_OFFER_STATUSES)})`),
    check('waitlist_offers_period', sql`${t.expiresAt} > ${t.offeredAt}`),
    check('waitlist_offers_resolved', sql`(${t.status} = 'offered') = (${t.resolvedAt} is null)`),
    uniqueIndex('waitlist_offers_entry_slot_key').on(t.entryId, t.slotId),
    uniqueIndex('waitlist_offers_open_slot_key').on(t.slotId).where(sql`${t.status} = 'offered'`),
    uniqueIndex('waitlist_offers_open_entry_key').on(t.entryId).where(sql`${t.status} = 'offered'`),
    index('waitlist_offers_open_expires_idx').on(t.expiresAt).where(sql`${t.status} = 'offered'`),
  ],
);
