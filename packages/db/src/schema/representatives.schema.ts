import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { entityColumns, optionalUuidRef, timestamptz, uuidRef } from './columns';
import { accounts } from './identity.schema';
import { patients } from './patients.schema';
import { storedFiles } from './uploads.schema';

/**
 * A representative (parent, guardian) and the ward they act for (docs/identity.md, Representatives). A
 * guardian's link, and a parent's link to a child Talon already knows, wait (`pending`) for the registry to
 * check the document, or (a parent) for a code sent to a phone on the child's file. The age rules of a
 * parent's link (medical access until 15 unless the young person allows it, nothing from 18) are decided
 * by core from the ward's birth date; `medicalAccessAllowedAt` is the young person's permission.
 */
export const representativeLinks = pgTable(
  'representative_links',
  {
    ...entityColumns,
    representativePatientId: uuidRef('representative_patient_id', () => patients.id, 'cascade'),
    wardPatientId: uuidRef('ward_patient_id', () => patients.id, 'cascade'),
    relation: text('relation', { enum: ['parent', 'guardian'] }).notNull(),
    status: text('status', { enum: ['pending', 'active', 'rejected', 'ended'] }).notNull(),
    /** Birth certificate or guardianship document number, encrypted. */
    documentEncrypted: text('document_encrypted'),
    /**
     * The uploaded scan of the document, shown to the registrar who approves; the file is attached to the
     * link (`attached_to_type` 'representative_link'), so it is never purged as unattached.
     */
    documentFileId: optionalUuidRef('document_file_id', () => storedFiles.id),
    decidedByAccountId: optionalUuidRef('decided_by_account_id', () => accounts.id),
    decidedAt: timestamptz('decided_at'),
    endedAt: timestamptz('ended_at'),
    /** From 15 the young person lets this parent read their medical data (323-ФЗ art. 54); null: not. */
    medicalAccessAllowedAt: timestamptz('medical_access_allowed_at'),
  },
  (t) => [
    check('representative_links_relation', sql`${t.relation} in ('parent', 'guardian')`),
    check('representative_links_status', sql`${t.status} in ('pending', 'active', 'rejected', 'ended')`),
    check('representative_links_not_self', sql`${t.representativePatientId} <> ${t.wardPatientId}`),
    uniqueIndex('representative_links_open_key')
      .on(t.representativePatientId, t.wardPatientId)
      .where(sql`${t.status} in ('pending', 'active')`),
    index('representative_links_ward_idx').on(t.wardPatientId),
    // The daily limit of new links counts a representative's links of the last 24 hours.
    index('representative_links_representative_idx').on(t.representativePatientId, t.createdAt),
  ],
);
