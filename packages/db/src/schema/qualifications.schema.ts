import { QUALIFICATION_STATUSES, QUALIFICATION_TYPES } from '@talon/core/qualifications';
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { codeRef, entityColumns, inList, isoDate, optionalUuidRef, timestamptz, uuidRef } from './columns';
import { accounts } from './identity.schema';
import { practitioners } from './practitioners.schema';
import { specialties } from './reference.schema';
import { storedFiles } from './uploads.schema';

/**
 * A practitioner's qualification documents (issue 12 item 7): type, number (format checked per type in
 * core), issue day, last valid day (none for a diploma), specialty, status and the attached scan. Periods
 * of one practitioner, type and specialty never overlap: an exclusion constraint of the hand-written
 * migration `qualifications_no_overlap` (btree_gist), so two racing writes cannot both pass.
 */
export const qualifications = pgTable(
  'qualifications',
  {
    ...entityColumns,
    practitionerId: uuidRef('practitioner_id', () => practitioners.id, 'cascade'),
    type: text('type', { enum: QUALIFICATION_TYPES }).notNull(),
    number: text('number').notNull(),
    issuedOn: isoDate('issued_on').notNull(),
    validUntil: isoDate('valid_until'),
    specialtyCode: codeRef('specialty_code', () => specialties.code),
    status: text('status', { enum: QUALIFICATION_STATUSES }).notNull().default('in_work'),
    scanUploadId: optionalUuidRef('scan_upload_id', () => storedFiles.id),
  },
  (t) => [
    check('qualifications_type', sql`${t.type} in (${inList(QUALIFICATION_TYPES)})`),
    check('qualifications_status', sql`${t.status} in (${inList(QUALIFICATION_STATUSES)})`),
    check('qualifications_period', sql`${t.validUntil} is null or ${t.validUntil} > ${t.issuedOn}`),
    check(
      'qualifications_validity_required',
      sql`${t.validUntil} is not null or ${t.type} not in ('accreditation', 'qualification_category')`,
    ),
    check('qualifications_number_length', sql`char_length(${t.number}) between 1 and 40`),
    index('qualifications_practitioner_idx').on(t.practitionerId, t.type),
    index('qualifications_expiring_idx').on(t.validUntil).where(sql`${t.type} = 'accreditation'`),
  ],
);

/** The change journal of qualification documents: who changed which, when, the document before and after. */
export const qualificationChanges = pgTable(
  'qualification_changes',
  {
    ...entityColumns,
    qualificationId: uuidRef('qualification_id', () => qualifications.id, 'cascade'),
    changedByAccountId: optionalUuidRef('changed_by_account_id', () => accounts.id),
    changedAt: timestamptz('changed_at').notNull(),
    before: jsonb('before').$type<Record<string, unknown>>(),
    after: jsonb('after').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('qualification_changes_qualification_idx').on(t.qualificationId, t.changedAt)],
);
