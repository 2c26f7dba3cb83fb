import { SUBSCRIPTION_ACTOR_TYPES, SUBSCRIPTION_STATUSES } from '@talon/core/fhir-subscriptions';
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { entityColumns, inList, optionalUuidRef, timestamptz, uuidRef } from './columns';
import { integrationClients } from './integration-clients.schema';
import { organizations } from './organizations.schema';

/**
 * A rest-hook `Subscription` of an integration client (issue 14 item 5, docs/fhir.md «Subscriptions»). The
 * criteria text is kept as given; its parsed parts (`actor_*`, `patient_id`, `appointment_statuses`) are what
 * the trigger of migration 0040 matches appointment changes against. The HMAC secret and the channel headers
 * (they may carry the receiver's credentials) are encrypted with the field cipher.
 */
export const fhirSubscriptions = pgTable(
  'fhir_subscriptions',
  {
    ...entityColumns,
    clientId: uuidRef('client_id', () => integrationClients.id, 'cascade'),
    /** The client's organisation when it was created: only that organisation's visits are notified. */
    organizationId: optionalUuidRef('organization_id', () => organizations.id, 'cascade'),
    status: text('status', { enum: SUBSCRIPTION_STATUSES }).notNull().default('active'),
    criteria: text('criteria').notNull(),
    reason: text('reason').notNull(),
    actorType: text('actor_type', { enum: SUBSCRIPTION_ACTOR_TYPES }),
    actorId: uuid('actor_id'),
    patientId: uuid('patient_id'),
    /** Talon statuses the visit must have after the change; null: any. */
    appointmentStatuses: text('appointment_statuses').array(),
    endpoint: text('endpoint').notNull(),
    headersEncrypted: text('headers_encrypted').notNull(),
    /** `channel.payload`: null (empty-body notifications) or `application/fhir+json` (the Appointment). */
    payload: text('payload'),
    secretEncrypted: text('secret_encrypted').notNull(),
    /** Failed tries in a row; a delivery resets it. */
    errorCount: integer('error_count').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [
    check('fhir_subscriptions_status', sql`${t.status} in (${inList(SUBSCRIPTION_STATUSES)})`),
    check(
      'fhir_subscriptions_actor',
      sql`(${t.actorType} is null) = (${t.actorId} is null) and (${t.actorType} is null or ${t.actorType} in (${inList(SUBSCRIPTION_ACTOR_TYPES)}))`,
    ),
    check('fhir_subscriptions_target', sql`${t.actorId} is not null or ${t.patientId} is not null`),
    check('fhir_subscriptions_error_count', sql`${t.errorCount} >= 0`),
    index('fhir_subscriptions_client_idx').on(t.clientId, t.createdAt),
    index('fhir_subscriptions_active_idx').on(t.actorId).where(sql`${t.status} = 'active'`),
  ],
);

export const SUBSCRIPTION_NOTIFICATION_STATUSES = ['pending', 'sending', 'sent', 'dead'] as const;

/**
 * The outbox of rest-hook notifications: one row per matching subscription, written by the trigger in the
 * transaction of the appointment change (so a committed change is notified at least once), delivered by the
 * worker with back-off. Dead when its subscription is set `error`.
 */
export const fhirSubscriptionNotifications = pgTable(
  'fhir_subscription_notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subscriptionId: uuidRef('subscription_id', () => fhirSubscriptions.id, 'cascade'),
    /** No foreign key: a notification outlives nothing it needs, and appointments are never deleted. */
    appointmentId: uuid('appointment_id').notNull(),
    status: text('status', { enum: SUBSCRIPTION_NOTIFICATION_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    notBefore: timestamptz('not_before').notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    sentAt: timestamptz('sent_at'),
  },
  (t) => [
    check(
      'fhir_subscription_notifications_status',
      sql`${t.status} in (${inList(SUBSCRIPTION_NOTIFICATION_STATUSES)})`,
    ),
    index('fhir_subscription_notifications_due_idx').on(t.notBefore).where(sql`${t.status} = 'pending'`),
    index('fhir_subscription_notifications_subscription_idx').on(t.subscriptionId, t.status),
  ],
);
