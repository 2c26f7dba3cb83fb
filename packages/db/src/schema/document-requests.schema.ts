import { DOCUMENT_REQUEST_STATUSES, DOCUMENT_REQUEST_TYPES } from '@talon/core/document-requests';
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { inList, isoDate, numberSequence, optionalUuidRef, timestamptz, uuidRef } from './columns';
import { accounts } from './identity.schema';
import { organizations } from './organizations.schema';
import { patients } from './patients.schema';
import { documents, encounters } from './records.schema';

/** The numbers of certificates (`СПР-…`) and extracts (`ВЫП-…`): one sequence, so a number is never reused. */
export const documentRequestNumberSeq = numberSequence('document_request_number_seq');

/**
 * A certificate or extract a patient ordered (issue 11 item 6; docs/requests.md). The document it produced
 * is a `documents` row of the record (signed PDF, SHA-256, QR code). The purpose is the patient's words
 * about where the paper goes («для бассейна»), not medical content, so it is kept clear; the medical
 * content is in the document's PDF, sealed in the file store.
 */
export const documentRequests = pgTable(
  'document_requests',
  {
    id: uuid('id').primaryKey(),
    number: text('number').notNull(),
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    type: text('type', { enum: DOCUMENT_REQUEST_TYPES }).notNull(),
    purpose: text('purpose'),
    periodFrom: isoDate('period_from'),
    periodTo: isoDate('period_to'),
    encounterId: optionalUuidRef('encounter_id', () => encounters.id),
    status: text('status', { enum: DOCUMENT_REQUEST_STATUSES }).notNull(),
    /** The issuing clinic. */
    organizationId: optionalUuidRef('organization_id', () => organizations.id),
    documentId: optionalUuidRef('document_id', () => documents.id),
    /** The fingerprint of the record's part the request was made from («ordering again reuses»). */
    sourceStamp: text('source_stamp').notNull(),
    createdByAccountId: optionalUuidRef('created_by_account_id', () => accounts.id),
    /** Why the doctor refused a request: written for the patient to read, shown in «История обращений». */
    rejectionReason: text('rejection_reason'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('document_requests_status', sql`${t.status} in (${inList(DOCUMENT_REQUEST_STATUSES)})`),
    check('document_requests_type', sql`${t.type} in (${inList(DOCUMENT_REQUEST_TYPES)})`),
    check('document_requests_number', sql`${t.number} ~ '^(СПР|ВЫП)-[0-9]{4}-[0-9]{6,}$'`),
    check(
      'document_requests_period',
      sql`(${t.periodFrom} is null) = (${t.periodTo} is null) and (${t.periodFrom} is null or ${t.periodFrom} <= ${t.periodTo})`,
    ),
    check('document_requests_rejected', sql`(${t.status} = 'rejected') = (${t.rejectionReason} is not null)`),
    check('document_requests_ready', sql`${t.status} <> 'ready' or ${t.documentId} is not null`),
    uniqueIndex('document_requests_number_key').on(t.number),
    index('document_requests_patient_idx').on(t.patientId, t.type, t.createdAt),
  ],
);
