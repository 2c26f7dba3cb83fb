import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { numberSequence, timestamptz } from './columns';

/**
 * The numbers of audit entries. A sequence hands them out without a lock, so no audited write waits for
 * another's (issue 16 item 1); a rolled-back entry leaves a gap, which the chain tolerates (audit_chain).
 */
export const auditEventsSeq = numberSequence('audit_events_seq');

/**
 * The audit log (docs/domain.md rule 17). Append-only: triggers refuse UPDATE, DELETE and TRUNCATE, and the
 * application's database role may only INSERT and SELECT here (docs/identity.md «Audit log»). The BEFORE
 * INSERT trigger (migration 0015) takes `seq` from `audit_events_seq`, whatever the insert says.
 * No foreign keys: entries outlive the accounts and records they name.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    /**
     * From `audit_events_seq`, taken by the insert trigger whatever the insert says (a column default would
     * take a second number); gaps are rolled-back entries. The default only satisfies inserts that leave it out.
     */
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
    /** A code (`wrong_password`, `throttled`, a purpose); free text lives encrypted with its record. */
    reason: text('reason'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    /**
     * The SHA-256 chain of the entries written before the keyed chain (migration 0003): kept so that they
     * still verify. Null for every later entry, whose link is in `audit_chain`.
     */
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    check('audit_events_outcome', sql`${t.outcome} in ('success', 'failure', 'denied')`),
    index('audit_events_subject_idx').on(t.subjectPatientId, t.occurredAt),
    index('audit_events_actor_idx').on(t.actorAccountId, t.occurredAt),
    index('audit_events_action_idx').on(t.action, t.occurredAt),
    index('audit_events_occurred_idx').on(t.occurredAt),
  ],
);

/**
 * The keyed hash chain of the audit log (issue 15 item 7, issue 16 item 1), written off the request path by
 * one chainer in the worker: `hash = HMAC-SHA-256(TALON_AUDIT_KEY, prev hash ‖ entry)` in `seq` order over
 * the committed entries (packages/db/src/audit). The database does not hold the key, so whoever can write
 * to it cannot forge a link. `prev_seq` names the entry linked before (gaps are rolled-back entries); the
 * first row, written by migration 0015, is the origin: the head of the older SHA-256 chain (or seq 0 and
 * the genesis hash) with no `prev_seq`. Append-only like the log itself.
 */
export const auditChain = pgTable(
  'audit_chain',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    prevSeq: bigint('prev_seq', { mode: 'number' }),
    hash: text('hash').notNull(),
    chainedAt: timestamptz('chained_at').notNull().defaultNow(),
  },
  (t) => [
    // One successor per link: two chainers can never fork the chain.
    uniqueIndex('audit_chain_prev_seq_key').on(t.prevSeq),
    check('audit_chain_order', sql`${t.prevSeq} is null or ${t.prevSeq} < ${t.seq}`),
  ],
);
