import {
  LAB_ORDER_ITEM_KINDS,
  LAB_ORDER_PRIORITIES,
  LAB_ORDER_STATUSES,
  OBSERVATION_CODE_SYSTEMS,
} from '@talon/core/records';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
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
import { encounters } from './records.schema';

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
