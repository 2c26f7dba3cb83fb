import { DATA_CHANGE_CATEGORIES, DATA_CHANGE_STATUSES } from '@talon/core/data-changes';
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { entityColumns, inList, numberSequence, optionalUuidRef, timestamptz, uuidRef } from './columns';
import { accounts } from './identity.schema';
import { patients } from './patients.schema';

/** The running number of data-change requests (`ИЗМ-2026-000123`): unique across years. */
export const dataChangeRequestNumberSeq = numberSequence('data_change_request_number_seq');

/**
 * A patient's request to change their data (issue 11 item 5): in_progress → approved | rejected, approved →
 * applied. The new value, the reason and the staff's comment are personal data, encrypted at rest (rule 18).
 * The deadline is the correction's (7 working days, docs/domain.md rule 19). Uploaded scans point here through
 * `stored_files.attached_to_type = 'data_change_request'`.
 */
export const dataChangeRequests = pgTable(
  'data_change_requests',
  {
    ...entityColumns,
    number: text('number').notNull(),
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    accountId: optionalUuidRef('account_id', () => accounts.id),
    category: text('category', { enum: DATA_CHANGE_CATEGORIES }).notNull(),
    status: text('status', { enum: DATA_CHANGE_STATUSES }).notNull().default('in_progress'),
    newValueEncrypted: text('new_value_encrypted').notNull(),
    reasonEncrypted: text('reason_encrypted').notNull(),
    commentEncrypted: text('comment_encrypted'),
    dueAt: timestamptz('due_at').notNull(),
    /** When the patient entered the code sent to a new phone or e-mail. */
    confirmedAt: timestamptz('confirmed_at'),
    decidedAt: timestamptz('decided_at'),
    decidedByAccountId: optionalUuidRef('decided_by_account_id', () => accounts.id),
    appliedAt: timestamptz('applied_at'),
  },
  (t) => [
    uniqueIndex('data_change_requests_number_key').on(t.number),
    check('data_change_requests_category', sql`${t.category} in (${inList(DATA_CHANGE_CATEGORIES)})`),
    check('data_change_requests_status', sql`${t.status} in (${inList(DATA_CHANGE_STATUSES)})`),
    check('data_change_requests_number_format', sql`${t.number} ~ '^ИЗМ-[0-9]{4}-[0-9]{6,}$'`),
    check('data_change_requests_decided', sql`(${t.status} = 'in_progress') = (${t.decidedAt} is null)`),
    check('data_change_requests_applied', sql`(${t.status} = 'applied') = (${t.appliedAt} is not null)`),
    check(
      'data_change_requests_confirmed_applied',
      sql`${t.status} <> 'applied' or ${t.category} not in ('phone', 'email') or ${t.confirmedAt} is not null`,
    ),
    index('data_change_requests_patient_idx').on(t.patientId, t.createdAt),
    index('data_change_requests_open_idx').on(t.status, t.dueAt),
  ],
);
