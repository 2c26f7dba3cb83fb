import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns';

/**
 * The audit log (DESIGN rule 17). Append-only and tamper-evident: a trigger (migration 0003) refuses UPDATE,
 * DELETE and TRUNCATE, assigns `seq` under a lock and chains `hash = sha256(prevHash | fields)`.
 * No foreign keys: entries outlive the accounts and records they name.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    /** Assigned by the trigger; the default only satisfies inserts that leave it out. */
    seq: bigint('seq', { mode: 'number' }).primaryKey().default(0),
    occurredAt: timestamptz('occurred_at').notNull().defaultNow(),
    actorAccountId: uuid('actor_account_id'),
    actorRole: text('actor_role'),
    /** The ward or principal when acting for someone else. */
    onBehalfOfPatientId: uuid('on_behalf_of_patient_id'),
    /** The person whose data was touched. */
    subjectPatientId: uuid('subject_patient_id'),
    action: text('action').notNull(),
    recordType: text('record_type'),
    recordId: text('record_id'),
    outcome: text('outcome', { enum: ['success', 'failure', 'denied'] }).notNull(),
    reason: text('reason'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (t) => [
    check('audit_events_outcome', sql`${t.outcome} in ('success', 'failure', 'denied')`),
    index('audit_events_subject_idx').on(t.subjectPatientId, t.occurredAt),
    index('audit_events_actor_idx').on(t.actorAccountId, t.occurredAt),
    index('audit_events_action_idx').on(t.action, t.occurredAt),
    index('audit_events_occurred_idx').on(t.occurredAt),
  ],
);
