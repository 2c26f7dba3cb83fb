import { STAFF_APPLICATION_STATUSES, STAFF_APPLICATION_TYPES } from '@talon/core/staff-applications';
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { entityColumns, inList, optionalUuidRef, timestamptz, uuidRef } from './columns';
import { accounts } from './identity.schema';
import { organizations } from './organizations.schema';
import { practitioners } from './practitioners.schema';

/**
 * The running number of a clinic's applications in a year: one row per clinic and year, bumped by one
 * `insert … on conflict do update … returning` — its row lock makes concurrent submissions of a clinic take
 * their numbers one after another, and the unique index below refuses a duplicate whatever the code does.
 */
export const staffApplicationCounters = pgTable(
  'staff_application_counters',
  {
    organizationId: uuidRef('organization_id', () => organizations.id, 'cascade'),
    year: integer('year').notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.year] }),
    check('staff_application_counters_last_value', sql`${t.lastValue} > 0`),
  ],
);

/**
 * A doctor's or nurse's application to their clinic's admin (issue 12 item 9): submitted → in_review →
 * approved | rejected. The form's values and the rejection's reason may touch on health (a health leave):
 * encrypted at rest (rule 18). Attachments are uploads attached to the row (`stored_files.attached_to_*`).
 */
export const staffApplications = pgTable(
  'staff_applications',
  {
    ...entityColumns,
    number: text('number').notNull(),
    organizationId: uuidRef('organization_id', () => organizations.id, 'restrict'),
    practitionerId: uuidRef('practitioner_id', () => practitioners.id, 'cascade'),
    accountId: uuidRef('account_id', () => accounts.id, 'cascade'),
    type: text('type', { enum: STAFF_APPLICATION_TYPES }).notNull(),
    status: text('status', { enum: STAFF_APPLICATION_STATUSES }).notNull().default('submitted'),
    /** The form's values as JSON, sealed with the field cipher bound to the row. */
    fieldsEncrypted: text('fields_encrypted').notNull(),
    attachmentIds: uuid('attachment_ids').array().notNull().default(sql`'{}'::uuid[]`),
    rejectionReasonEncrypted: text('rejection_reason_encrypted'),
    reviewedByAccountId: optionalUuidRef('reviewed_by_account_id', () => accounts.id),
    reviewedAt: timestamptz('reviewed_at'),
    decidedByAccountId: optionalUuidRef('decided_by_account_id', () => accounts.id),
    decidedAt: timestamptz('decided_at'),
  },
  (t) => [
    uniqueIndex('staff_applications_number_key').on(t.organizationId, t.number),
    check('staff_applications_type', sql`${t.type} in (${inList(STAFF_APPLICATION_TYPES)})`),
    check('staff_applications_status', sql`${t.status} in (${inList(STAFF_APPLICATION_STATUSES)})`),
    check('staff_applications_number_format', sql`${t.number} ~ '^ЗЯ-[0-9]{4}-[0-9]{6,}$'`),
    check('staff_applications_reviewed', sql`(${t.status} = 'submitted') = (${t.reviewedAt} is null)`),
    check(
      'staff_applications_decided',
      sql`(${t.status} in ('approved', 'rejected')) = (${t.decidedAt} is not null)`,
    ),
    check(
      'staff_applications_rejection_reason',
      sql`(${t.status} = 'rejected') = (${t.rejectionReasonEncrypted} is not null)`,
    ),
    index('staff_applications_account_idx').on(t.accountId, t.createdAt),
    index('staff_applications_organization_idx').on(t.organizationId, t.status, t.createdAt),
  ],
);
