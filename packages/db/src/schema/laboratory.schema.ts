import {
  INTERPRETATIONS,
  LAB_ORDER_ITEM_KINDS,
  LAB_ORDER_PRIORITIES,
  LAB_ORDER_STATUSES,
  OBSERVATION_CODE_SYSTEMS,
  OBSERVATION_STATUSES,
  OBSERVATION_VALUE_KINDS,
  REPORT_STATUSES,
} from '@talon/core/records';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  doublePrecision,
  index,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { inList, optionalUuidRef, timestamptz, uuidRef } from './columns';
import { accounts } from './identity.schema';
import { organizations } from './organizations.schema';
import { patients } from './patients.schema';
import { practitioners } from './practitioners.schema';
import { documents, encounters } from './records.schema';

// The laboratory part of the clinical model (docs/medical-record.md; FHIR R4 names): orders
// (ServiceRequest), reports (DiagnosticReport) and results (Observation). Result values and notes are sealed.

/**
 * A laboratory order (FHIR ServiceRequest, issue 12 item 3): ordered at a visit, `active` until its
 * DiagnosticReport is stored (`completed`, by a nurse's form or a laboratory) or it is withdrawn (`revoked`).
 * The note is sealed (field cipher, bound to the row's id).
 */
export const labOrders = pgTable(
  'lab_orders',
  {
    id: uuid('id').primaryKey(),
    number: text('number').notNull().unique(),
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    encounterId: optionalUuidRef('encounter_id', (): AnyPgColumn => encounters.id),
    /** The ordering clinic: its nurses take the sample and enter the results. */
    organizationId: uuidRef('organization_id', () => organizations.id, 'restrict'),
    requesterPractitionerId: uuidRef('requester_practitioner_id', () => practitioners.id, 'restrict'),
    priority: text('priority', { enum: LAB_ORDER_PRIORITIES }).notNull().default('routine'),
    noteEncrypted: text('note_encrypted'),
    status: text('status', { enum: LAB_ORDER_STATUSES }).notNull().default('active'),
    completedAt: timestamptz('completed_at'),
    revokedAt: timestamptz('revoked_at'),
    revokedByAccountId: optionalUuidRef('revoked_by_account_id', () => accounts.id),
    createdByAccountId: optionalUuidRef('created_by_account_id', () => accounts.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('lab_orders_status', sql`${t.status} in (${inList(LAB_ORDER_STATUSES)})`),
    check('lab_orders_priority', sql`${t.priority} in (${inList(LAB_ORDER_PRIORITIES)})`),
    check('lab_orders_completed', sql`(${t.status} = 'completed') = (${t.completedAt} is not null)`),
    check('lab_orders_revoked', sql`(${t.status} = 'revoked') = (${t.revokedAt} is not null)`),
    index('lab_orders_patient_idx').on(t.patientId, t.createdAt),
    // The nurses' list: a clinic's open orders.
    index('lab_orders_open_idx').on(t.organizationId, t.createdAt).where(sql`${t.status} = 'active'`),
  ],
);

/** An order's line: a panel of the laboratory reference or one analyte, each once per order. */
export const labOrderItems = pgTable(
  'lab_order_items',
  {
    orderId: uuidRef('order_id', () => labOrders.id, 'cascade'),
    position: smallint('position').notNull(),
    code: text('code').notNull(),
    kind: text('kind', { enum: LAB_ORDER_ITEM_KINDS }).notNull(),
    /** An analyte's code system; null for a panel (the reference's own code). */
    codeSystem: text('code_system', { enum: OBSERVATION_CODE_SYSTEMS }),
    name: text('name').notNull(),
  },
  (t) => [
    check('lab_order_items_kind', sql`${t.kind} in (${inList(LAB_ORDER_ITEM_KINDS)})`),
    check('lab_order_items_position', sql`${t.position} >= 0`),
    uniqueIndex('lab_order_items_key').on(t.orderId, t.position),
    uniqueIndex('lab_order_items_code_key').on(t.orderId, t.code),
  ],
);

/** A laboratory report (DiagnosticReport) grouping observations; posted once per laboratory identifier. */
export const diagnosticReports = pgTable(
  'diagnostic_reports',
  {
    id: uuid('id').primaryKey(),
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    encounterId: optionalUuidRef('encounter_id', () => encounters.id),
    /** The ordering clinic. */
    organizationId: optionalUuidRef('organization_id', () => organizations.id),
    /** The laboratory. */
    performerName: text('performer_name'),
    performerOrganizationId: optionalUuidRef('performer_organization_id', () => organizations.id),
    orderedByPractitionerId: optionalUuidRef('ordered_by_practitioner_id', () => practitioners.id),
    orderNumber: text('order_number'),
    identifierSystem: text('identifier_system'),
    identifierValue: text('identifier_value'),
    category: text('category').notNull().default('LAB'),
    code: text('code').notNull(),
    name: text('name').notNull(),
    status: text('status', { enum: REPORT_STATUSES }).notNull().default('final'),
    effectiveAt: timestamptz('effective_at').notNull(),
    issuedAt: timestamptz('issued_at'),
    conclusionEncrypted: text('conclusion_encrypted'),
    documentId: optionalUuidRef('document_id', (): AnyPgColumn => documents.id),
    /** The laboratory order it answers (one report per order). */
    basedOnOrderId: optionalUuidRef('based_on_order_id', (): AnyPgColumn => labOrders.id),
    /** Who typed the results in; null for a laboratory's post. */
    enteredByAccountId: optionalUuidRef('entered_by_account_id', () => accounts.id),
    /** «Просмотрено» by the ordering practitioner (issue 12 item 1). */
    reviewedAt: timestamptz('reviewed_at'),
    reviewedByAccountId: optionalUuidRef('reviewed_by_account_id', () => accounts.id),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    check(
      'diagnostic_reports_reviewed',
      sql`${t.reviewedByAccountId} is null or ${t.reviewedAt} is not null`,
    ),
    uniqueIndex('diagnostic_reports_based_on_key')
      .on(t.basedOnOrderId)
      .where(sql`${t.basedOnOrderId} is not null`),
    // «Результаты к просмотру»: a practitioner's unreviewed reports.
    index('diagnostic_reports_to_review_idx')
      .on(t.orderedByPractitionerId, t.issuedAt)
      .where(sql`${t.reviewedAt} is null`),
    check('diagnostic_reports_status', sql`${t.status} in (${inList(REPORT_STATUSES)})`),
    check('diagnostic_reports_category', sql`${t.category} = 'LAB'`),
    check(
      'diagnostic_reports_identifier',
      sql`(${t.identifierSystem} is null) = (${t.identifierValue} is null)`,
    ),
    uniqueIndex('diagnostic_reports_identifier_key')
      .on(t.identifierSystem, t.identifierValue)
      .where(sql`${t.identifierValue} is not null`),
    index('diagnostic_reports_patient_idx').on(t.patientId, t.effectiveAt),
  ],
);

/** A result (Observation): the value encrypted; code, unit, range and Talon's interpretation in clear. */
export const observations = pgTable(
  'observations',
  {
    id: uuid('id').primaryKey(),
    reportId: optionalUuidRef('report_id', () => diagnosticReports.id, 'cascade'),
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    code: text('code').notNull(),
    codeSystem: text('code_system', { enum: OBSERVATION_CODE_SYSTEMS }).notNull(),
    name: text('name').notNull(),
    valueKind: text('value_kind', { enum: OBSERVATION_VALUE_KINDS }).notNull(),
    valueEncrypted: text('value_encrypted').notNull(),
    unit: text('unit'),
    unitDisplay: text('unit_display'),
    refLow: doublePrecision('ref_low'),
    refHigh: doublePrecision('ref_high'),
    refText: text('ref_text'),
    interpretation: text('interpretation', { enum: INTERPRETATIONS }),
    effectiveAt: timestamptz('effective_at').notNull(),
    status: text('status', { enum: OBSERVATION_STATUSES }).notNull().default('final'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('observations_code_system', sql`${t.codeSystem} in (${inList(OBSERVATION_CODE_SYSTEMS)})`),
    check('observations_value_kind', sql`${t.valueKind} in (${inList(OBSERVATION_VALUE_KINDS)})`),
    check(
      'observations_interpretation',
      sql`${t.interpretation} is null or ${t.interpretation} in (${inList(INTERPRETATIONS)})`,
    ),
    check('observations_status', sql`${t.status} in (${inList(OBSERVATION_STATUSES)})`),
    check(
      'observations_range',
      sql`${t.refLow} is null or ${t.refHigh} is null or ${t.refLow} <= ${t.refHigh}`,
    ),
    // Trends and the latest result per analyte: one patient's analyte by time.
    index('observations_patient_code_idx').on(t.patientId, t.code, t.effectiveAt),
    index('observations_report_idx').on(t.reportId),
  ],
);
