import {
  APPOINTMENT_STATUSES,
  BOOKED_BY_KINDS,
  BOOKING_CHANNELS,
  CANCELLED_BY_KINDS,
} from '@talon/core/booking';
import { SLOT_CHANNELS, SLOT_STATUSES, type TemplateDay, VISIT_TYPES } from '@talon/core/scheduling';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { codeRef, entityColumns, inList, isoDate, optionalUuidRef, timestamptz, uuidRef } from './columns';
import { accounts } from './identity.schema';
import { integrationClients } from './integration-clients.schema';
import { locations, organizations } from './organizations.schema';
import { patients } from './patients.schema';
import { practitionerRoles, practitioners } from './practitioners.schema';
import { regions, specialties } from './reference.schema';

// The lists of slot channels, visit types, slot and appointment statuses and booking channels are core's
// (declared once there); the checks below are built from them.

/** Statuses that occupy a slot: the unique index below allows one of them per slot (docs/domain.md rule 1). */
export const ACTIVE_APPOINTMENT_STATUSES = ['booked', 'confirmed', 'arrived'] as const;

/**
 * A weekly template of a practitioner role: the working hours of each weekday, cut into slots of
 * `slot_minutes`, valid for a period. A role may have several templates with periods that do not overlap
 * (a new rota from a date).
 */
export const schedules = pgTable(
  'schedules',
  {
    ...entityColumns,
    practitionerRoleId: uuidRef('practitioner_role_id', () => practitionerRoles.id, 'cascade'),
    /** The room the slots are in; the role's own room when null. */
    locationId: optionalUuidRef('location_id', () => locations.id),
    validFrom: isoDate('valid_from').notNull(),
    validTo: isoDate('valid_to'),
    slotMinutes: smallint('slot_minutes').notNull(),
    /** One entry per working day, in the clinic's local time (`HH:MM`). */
    days: jsonb('days').$type<TemplateDay[]>().notNull(),
    visitTypes: text('visit_types').array().notNull().default(sql`'{in_person}'`),
    channels: text('channels').array().notNull(),
    /** Share of each day's slots reserved for privileged patients, in per cent (docs/domain.md rule 9). */
    priorityPercent: smallint('priority_percent').notNull().default(0),
    /** Priority slots are released to everyone this many hours before they start. */
    priorityReleaseHours: smallint('priority_release_hours').notNull().default(24),
  },
  (t) => [
    check('schedules_slot_minutes', sql`${t.slotMinutes} in (15, 30)`),
    check('schedules_priority_percent', sql`${t.priorityPercent} between 0 and 100`),
    check('schedules_priority_release', sql`${t.priorityReleaseHours} >= 0`),
    check('schedules_period', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    check('schedules_channels', sql`${t.channels} <@ array[${inList(SLOT_CHANNELS)}]::text[]`),
    check('schedules_visit_types', sql`${t.visitTypes} <@ array[${inList(VISIT_TYPES)}]::text[]`),
    index('schedules_role_idx').on(t.practitionerRoleId, t.validFrom),
  ],
);

/** An absence (absence, vacation, sick day) or extra working hours of a role, in absolute time. */
export const scheduleExceptions = pgTable(
  'schedule_exceptions',
  {
    ...entityColumns,
    practitionerRoleId: uuidRef('practitioner_role_id', () => practitionerRoles.id, 'cascade'),
    kind: text('kind', { enum: ['absence', 'vacation', 'sick_day', 'extra_hours'] }).notNull(),
    startsAt: timestamptz('starts_at').notNull(),
    endsAt: timestamptz('ends_at').notNull(),
    reason: text('reason'),
    createdByAccountId: optionalUuidRef('created_by_account_id', () => accounts.id),
  },
  (t) => [
    check('schedule_exceptions_kind', sql`${t.kind} in ('absence', 'vacation', 'sick_day', 'extra_hours')`),
    check('schedule_exceptions_period', sql`${t.endsAt} > ${t.startsAt}`),
    index('schedule_exceptions_role_idx').on(t.practitionerRoleId, t.startsAt),
  ],
);

/**
 * A slot (талон): one bookable cell of a schedule, materialised for the booking horizon, so that search is
 * an index range scan and booking a single-row change. Organization, region, specialty and practitioner
 * are copied from the role so the search indexes cover them. A hold (5 minutes) is `held_by_patient_id`
 * with `held_until`; an expired hold is simply ignored.
 */
export const slots = pgTable(
  'slots',
  {
    ...entityColumns,
    practitionerRoleId: uuidRef('practitioner_role_id', () => practitionerRoles.id, 'cascade'),
    scheduleId: optionalUuidRef('schedule_id', () => schedules.id),
    organizationId: uuidRef('organization_id', () => organizations.id, 'cascade'),
    practitionerId: uuidRef('practitioner_id', () => practitioners.id, 'cascade'),
    regionCode: codeRef('region_code', () => regions.code),
    specialtyCode: codeRef('specialty_code', () => specialties.code),
    locationId: optionalUuidRef('location_id', () => locations.id),
    startsAt: timestamptz('starts_at').notNull(),
    endsAt: timestamptz('ends_at').notNull(),
    visitType: text('visit_type', { enum: VISIT_TYPES }).notNull().default('in_person'),
    channels: text('channels').array().notNull(),
    isPriority: boolean('is_priority').notNull().default(false),
    /** Priority slots open to everyone from this moment. */
    priorityReleasedAt: timestamptz('priority_released_at'),
    /** `booked` while an active appointment holds it; `blocked` when the clinic took it out. */
    status: text('status', { enum: SLOT_STATUSES }).notNull().default('free'),
    heldByPatientId: optionalUuidRef('held_by_patient_id', () => patients.id),
    heldUntil: timestamptz('held_until'),
    /**
     * A slot a regional MIS pushed (FHIR `Slot` upsert, HL7 v2 SIU): the MIS's identifier system and value.
     * Regeneration from templates leaves such slots alone; null for Talon's own slots.
     */
    externalSystem: text('external_system'),
    externalId: text('external_id'),
  },
  (t) => [
    check('slots_external', sql`(${t.externalSystem} is null) = (${t.externalId} is null)`),
    uniqueIndex('slots_external_key')
      .on(t.externalSystem, t.externalId)
      .where(sql`${t.externalId} is not null`),
    check('slots_status', sql`${t.status} in (${inList(SLOT_STATUSES)})`),
    check('slots_period', sql`${t.endsAt} > ${t.startsAt}`),
    check('slots_visit_type', sql`${t.visitType} in (${inList(VISIT_TYPES)})`),
    check('slots_channels', sql`${t.channels} <@ array[${inList(SLOT_CHANNELS)}]::text[]`),
    check('slots_hold', sql`(${t.heldByPatientId} is null) = (${t.heldUntil} is null)`),
    uniqueIndex('slots_role_start_key').on(t.practitionerRoleId, t.startsAt),
    // Search: free slots of a specialty in a region (or at a clinic, or of a practitioner) by time. The id
    // ends the key because the page is ordered by (start, id): without it, every slot of the first minute
    // (all a region's therapists start at 8:00) was read and sorted before the first 20 could be returned.
    index('slots_free_region_idx')
      .on(t.regionCode, t.specialtyCode, t.startsAt, t.id)
      .where(sql`${t.status} = 'free'`),
    index('slots_free_organization_idx')
      .on(t.organizationId, t.specialtyCode, t.startsAt, t.id)
      .where(sql`${t.status} = 'free'`),
    index('slots_practitioner_idx').on(t.practitionerId, t.startsAt),
    // Analytics (docs/analytics.md): a clinic's slots of a period, whatever their status.
    index('slots_organization_start_idx').on(t.organizationId, t.startsAt),
    // Analytics of every clinic (migration 0040): the live days of all clinics are a start-time range; with
    // the grouping keys in the index it is an index-only scan, not a scan of the table.
    index('slots_start_analytics_idx').on(
      t.startsAt,
      t.organizationId,
      t.specialtyCode,
      t.practitionerId,
      t.status,
    ),
    index('slots_held_by_idx').on(t.heldByPatientId).where(sql`${t.heldByPatientId} is not null`),
  ],
);

/** A направление: a practitioner sends a patient to a specialty; one appointment may use it. */
export const referrals = pgTable(
  'referrals',
  {
    ...entityColumns,
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    specialtyCode: codeRef('specialty_code', () => specialties.code),
    issuedByPractitionerId: optionalUuidRef('issued_by_practitioner_id', () => practitioners.id),
    issuingOrganizationId: optionalUuidRef('issuing_organization_id', () => organizations.id),
    /** ICD-10 code of the reason, if given: medical, so encrypted (docs/domain.md rule 18). */
    diagnosisCodeEncrypted: text('diagnosis_code_encrypted'),
    /**
     * Plaintext of releases before issue 15 item 9: moved into `diagnosis_code_encrypted` at start
     * (`sealPlaintextColumns`), never written; dropped by a later migration.
     */
    legacyDiagnosisCode: text('diagnosis_code'),
    validUntil: isoDate('valid_until').notNull(),
    usedByAppointmentId: optionalUuidRef('used_by_appointment_id', (): AnyPgColumn => appointments.id),
    cancelledAt: timestamptz('cancelled_at'),
  },
  (t) => [
    index('referrals_patient_idx').on(t.patientId, t.specialtyCode),
    uniqueIndex('referrals_used_key')
      .on(t.usedByAppointmentId)
      .where(sql`${t.usedByAppointmentId} is not null`),
  ],
);

/**
 * An appointment (запись) of a patient in a slot. One active appointment per slot is enforced here by a
 * unique partial index (docs/domain.md rule 1), never by a check before the insert. Specialty, organization and
 * start are copied from the slot for the per-specialty limit and the patient's lists.
 */
export const appointments = pgTable(
  'appointments',
  {
    ...entityColumns,
    slotId: uuidRef('slot_id', () => slots.id, 'restrict'),
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    organizationId: uuidRef('organization_id', () => organizations.id, 'restrict'),
    practitionerId: uuidRef('practitioner_id', () => practitioners.id, 'restrict'),
    specialtyCode: codeRef('specialty_code', () => specialties.code),
    startsAt: timestamptz('starts_at').notNull(),
    status: text('status', { enum: APPOINTMENT_STATUSES }).notNull().default('booked'),
    /** Short human code, unambiguous when read aloud (no 0/O, 1/I). */
    code: text('code').notNull().unique(),
    /** Clinic short code – local date – sequence of the day, e.g. `ГП14-20261130-0042`. */
    ticketNumber: text('ticket_number').notNull().unique(),
    channel: text('channel', { enum: BOOKING_CHANNELS }).notNull(),
    bookedByAccountId: optionalUuidRef('booked_by_account_id', () => accounts.id),
    bookedByKind: text('booked_by_kind', { enum: BOOKED_BY_KINDS }).notNull(),
    /** The integration client that booked through FHIR (channel `api`, kind `integration_client`). */
    bookedByClientId: optionalUuidRef('booked_by_client_id', () => integrationClients.id, 'restrict'),
    /**
     * The client's own identifier of the booking (`system|value`), which FHIR's conditional create
     * (`If-None-Exist: identifier=…`) finds again: one appointment per client and identifier.
     */
    clientIdentifier: text('client_identifier'),
    visitType: text('visit_type', { enum: VISIT_TYPES }).notNull().default('in_person'),
    /** Free text of the patient: encrypted (docs/domain.md rule 18). */
    reasonEncrypted: text('reason_encrypted'),
    referralId: optionalUuidRef('referral_id', () => referrals.id),
    cancellationReasonEncrypted: text('cancellation_reason_encrypted'),
    cancelledAt: timestamptz('cancelled_at'),
    /** Who cancelled (`CANCELLED_BY_KINDS`): set with a cancelled status, null otherwise. */
    cancelledByKind: text('cancelled_by_kind', { enum: CANCELLED_BY_KINDS }),
    confirmedAt: timestamptz('confirmed_at'),
    arrivedAt: timestamptz('arrived_at'),
    /** The appointment this one was moved to (status `rescheduled`). */
    rescheduledToId: optionalUuidRef('rescheduled_to_id', (): AnyPgColumn => appointments.id),
    /** A staff override of a booking rule (docs/domain.md rule 5a): why, encrypted (rule 18). The override is audited. */
    overrideReasonEncrypted: text('override_reason_encrypted'),
    /** Plaintext of earlier releases: moved into `override_reason_encrypted` at start, never written. */
    legacyOverrideReason: text('override_reason'),
  },
  (t) => [
    check('appointments_status', sql`${t.status} in (${inList(APPOINTMENT_STATUSES)})`),
    check('appointments_channel', sql`${t.channel} in (${inList(BOOKING_CHANNELS)})`),
    check('appointments_booked_by_kind', sql`${t.bookedByKind} in (${inList(BOOKED_BY_KINDS)})`),
    // A client's booking names its client; a client identifier exists only on a client's booking.
    check(
      'appointments_booked_by_client',
      sql`(${t.bookedByKind} = 'integration_client') = (${t.bookedByClientId} is not null)
        and (${t.clientIdentifier} is null or ${t.bookedByClientId} is not null)`,
    ),
    uniqueIndex('appointments_client_identifier_key')
      .on(t.bookedByClientId, t.clientIdentifier)
      .where(sql`${t.clientIdentifier} is not null`),
    // A cancelled visit says who cancelled it, and only the clinic cancels as the clinic.
    check(
      'appointments_cancelled_by_kind',
      sql`(${t.status} in ('cancelled_by_patient', 'cancelled_by_clinic')) = (${t.cancelledByKind} is not null)
        and (${t.cancelledByKind} is null or (${t.cancelledByKind} = 'clinic') = (${t.status} = 'cancelled_by_clinic'))
        and (${t.cancelledByKind} is null or ${t.cancelledByKind} in (${inList(CANCELLED_BY_KINDS)}))`,
    ),
    check('appointments_visit_type', sql`${t.visitType} in (${inList(VISIT_TYPES)})`),
    check('appointments_code_format', sql`${t.code} ~ '^[A-Z2-9]{4}-[A-Z2-9]{4}$'`),
    uniqueIndex('appointments_active_slot_key')
      .on(t.slotId)
      .where(sql`${t.status} in (${inList(ACTIVE_APPOINTMENT_STATUSES)})`),
    index('appointments_patient_idx').on(t.patientId, t.startsAt),
    index('appointments_patient_specialty_active_idx')
      .on(t.patientId, t.specialtyCode)
      .where(sql`${t.status} in ('booked', 'confirmed')`),
    index('appointments_practitioner_idx').on(t.practitionerId, t.startsAt),
    index('appointments_organization_idx').on(t.organizationId, t.startsAt),
    // Analytics of every clinic (migration 0040): an index-only scan of the live days' visits.
    index('appointments_start_analytics_idx').on(
      t.startsAt,
      t.organizationId,
      t.specialtyCode,
      t.practitionerId,
      t.status,
      t.cancelledByKind,
      t.channel,
    ),
    // The reminder sweep (issue 5) reads the upcoming active visits by start time, window by window.
    index('appointments_upcoming_idx').on(t.startsAt).where(sql`${t.status} in ('booked', 'confirmed')`),
  ],
);

/** The sequence of ticket numbers of a clinic's day (`ticket_number`). */
export const ticketCounters = pgTable(
  'ticket_counters',
  {
    organizationId: uuidRef('organization_id', () => organizations.id, 'cascade'),
    day: isoDate('day').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.day] })],
);

/**
 * `Idempotency-Key` of state-changing requests (docs/domain.md rule 2): the first request's fingerprint and,
 * once done, its answer. A key in flight answers 409; a different body 422; a replay the stored answer.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    accountId: uuidRef('account_id', () => accounts.id, 'cascade'),
    key: text('key').notNull(),
    /** Method, path and a SHA-256 of the body. */
    fingerprint: text('fingerprint').notNull(),
    state: text('state', { enum: ['in_flight', 'done'] }).notNull(),
    responseStatus: smallint('response_status'),
    /** The answer's JSON text, encrypted (it may hold a visit's reason) and bound to account and key. */
    responseEncrypted: text('response_encrypted'),
    /** Plaintext answers of earlier releases: moved into `response_encrypted` at start, never written. */
    legacyResponseBody: jsonb('response_body'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.key] }),
    check('idempotency_keys_state', sql`${t.state} in ('in_flight', 'done')`),
    check('idempotency_keys_key', sql`length(${t.key}) between 1 and 255`),
    index('idempotency_keys_expires_idx').on(t.expiresAt),
  ],
);

/**
 * A patient whose visit the clinic cancelled (docs/domain.md rule 8) may book priority-quota slots of that specialty
 * at that clinic as if privileged until `until` (`BOOKING_REBOOK_PRIORITY_HOURS` after the cancellation).
 */
export const rebookingPriorities = pgTable(
  'rebooking_priorities',
  {
    ...entityColumns,
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    specialtyCode: codeRef('specialty_code', () => specialties.code),
    organizationId: uuidRef('organization_id', () => organizations.id, 'cascade'),
    until: timestamptz('until').notNull(),
    sourceAppointmentId: uuidRef('source_appointment_id', () => appointments.id, 'cascade'),
  },
  (t) => [
    uniqueIndex('rebooking_priorities_source_key').on(t.sourceAppointmentId),
    index('rebooking_priorities_patient_idx').on(t.patientId, t.specialtyCode, t.organizationId, t.until),
  ],
);
