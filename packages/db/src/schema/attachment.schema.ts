import { ATTACHMENT_REQUEST_STATUSES } from '@talon/core/attachment';
import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import {
  entityColumns,
  inList,
  isoDate,
  numberSequence,
  optionalUuidRef,
  timestamptz,
  uuidRef,
} from './columns';
import { accounts } from './identity.schema';
import { organizations } from './organizations.schema';
import { patients } from './patients.schema';
import { storedFiles } from './uploads.schema';

/** The running number of attachment requests (`ПРК-2026-000001`): unique across years. */
export const attachmentRequestNumberSeq = numberSequence('attachment_request_number_seq');

/**
 * A patient's application to attach to a clinic (issue 13 item 2): submitted → approved | rejected, decided
 * by the registry of that clinic. The reason and the registry's comment are personal data, encrypted at
 * rest (rule 18). One request under review per patient (`attachment_requests_open_key`).
 */
export const attachmentRequests = pgTable(
  'attachment_requests',
  {
    ...entityColumns,
    number: text('number').notNull(),
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    accountId: optionalUuidRef('account_id', () => accounts.id),
    organizationId: uuidRef('organization_id', () => organizations.id, 'restrict'),
    district: text('district'),
    reasonEncrypted: text('reason_encrypted').notNull(),
    /** The patient moved house: the once-a-year limit does not apply. */
    moved: boolean('moved').notNull().default(false),
    scanUploadId: optionalUuidRef('scan_upload_id', () => storedFiles.id),
    status: text('status', { enum: ATTACHMENT_REQUEST_STATUSES }).notNull().default('submitted'),
    commentEncrypted: text('comment_encrypted'),
    decidedByAccountId: optionalUuidRef('decided_by_account_id', () => accounts.id),
    decidedAt: timestamptz('decided_at'),
  },
  (t) => [
    uniqueIndex('attachment_requests_number_key').on(t.number),
    uniqueIndex('attachment_requests_open_key').on(t.patientId).where(sql`${t.status} = 'submitted'`),
    check('attachment_requests_status', sql`${t.status} in (${inList(ATTACHMENT_REQUEST_STATUSES)})`),
    check('attachment_requests_number_format', sql`${t.number} ~ '^ПРК-[0-9]{4}-[0-9]{6,}$'`),
    check('attachment_requests_decided', sql`(${t.status} = 'submitted') = (${t.decidedAt} is null)`),
    check(
      'attachment_requests_rejection_comment',
      sql`${t.status} <> 'rejected' or ${t.commentEncrypted} is not null`,
    ),
    index('attachment_requests_patient_idx').on(t.patientId, t.createdAt),
    index('attachment_requests_organization_idx').on(t.organizationId, t.status, t.createdAt),
  ],
);

/**
 * The history of a patient's attachments: one period per clinic and district, `to` the day it ended (null
 * while current, at most one such period per patient). The card (`patients.attached_*`) holds the current
 * one; both are written in one transaction.
 */
export const patientAttachments = pgTable(
  'patient_attachments',
  {
    ...entityColumns,
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    organizationId: uuidRef('organization_id', () => organizations.id, 'restrict'),
    district: text('district'),
    from: isoDate('from').notNull(),
    to: isoDate('to'),
    /** The approved request, null for an attachment made at the desk or before this history. */
    requestId: optionalUuidRef('request_id', () => attachmentRequests.id),
    createdByAccountId: optionalUuidRef('created_by_account_id', () => accounts.id),
  },
  (t) => [
    uniqueIndex('patient_attachments_current_key').on(t.patientId).where(sql`${t.to} is null`),
    check('patient_attachments_period', sql`${t.to} is null or ${t.to} >= ${t.from}`),
    index('patient_attachments_patient_idx').on(t.patientId, t.from),
  ],
);
