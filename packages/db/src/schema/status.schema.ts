import { INCIDENT_SEVERITIES, INCIDENT_STATUSES, STATUS_COMPONENTS } from '@talon/core/status';
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { entityColumns, inList, optionalUuidRef, timestamptz, uuidRef } from './columns';
import { accounts } from './identity.schema';

/**
 * An incident of the public status page (issue 13 item 5), written by a system admin. `status` follows its
 * latest update; `resolved_at` is set exactly when it is resolved (the CHECK keeps the two in step).
 */
export const statusIncidents = pgTable(
  'status_incidents',
  {
    ...entityColumns,
    title: text('title').notNull(),
    severity: text('severity', { enum: INCIDENT_SEVERITIES }).notNull(),
    /** The affected components of the page (`api`, `delivery_sms`, …). */
    components: text('components').array().notNull(),
    status: text('status', { enum: INCIDENT_STATUSES }).notNull(),
    startedAt: timestamptz('started_at').notNull(),
    resolvedAt: timestamptz('resolved_at'),
    createdByAccountId: optionalUuidRef('created_by_account_id', () => accounts.id),
  },
  (t) => [
    check('status_incidents_severity', sql`${t.severity} in (${inList(INCIDENT_SEVERITIES)})`),
    check('status_incidents_status', sql`${t.status} in (${inList(INCIDENT_STATUSES)})`),
    check(
      'status_incidents_components',
      sql`cardinality(${t.components}) > 0 and ${t.components} <@ array[${inList(STATUS_COMPONENTS)}]::text[]`,
    ),
    check('status_incidents_resolved', sql`(${t.status} = 'resolved') = (${t.resolvedAt} is not null)`),
    // The page reads the open ones and those resolved lately.
    index('status_incidents_recent_idx').on(t.resolvedAt, t.startedAt),
  ],
);

/** What users read under an incident, oldest first; the author is kept for the audit, never shown. */
export const statusIncidentUpdates = pgTable(
  'status_incident_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incidentId: uuidRef('incident_id', () => statusIncidents.id, 'cascade'),
    status: text('status', { enum: INCIDENT_STATUSES }).notNull(),
    text: text('text').notNull(),
    at: timestamptz('at').notNull(),
    authorAccountId: optionalUuidRef('author_account_id', () => accounts.id),
  },
  (t) => [
    check('status_incident_updates_status', sql`${t.status} in (${inList(INCIDENT_STATUSES)})`),
    index('status_incident_updates_incident_idx').on(t.incidentId, t.at),
  ],
);
