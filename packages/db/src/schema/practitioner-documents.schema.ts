import {
  PRACTITIONER_DOCUMENT_KINDS,
  PRACTITIONER_DOCUMENT_STATUSES,
} from '@talon/core/practitioner-documents';
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  inList,
  isoDate,
  numberSequence,
  optionalUuidRef,
  timestampColumns,
  timestamptz,
  uuidRef,
} from './columns';
import { organizations } from './organizations.schema';
import { patients } from './patients.schema';
import { practitioners } from './practitioners.schema';
import { documents, encounters } from './records.schema';

/** The numbers of practitioners' documents (`ДОК-2026-000001`): never reused. */
export const practitionerDocumentNumberSeq = numberSequence('practitioner_document_number_seq');

/**
 * A document a practitioner writes (issue 12 item 5; docs/practitioner-documents.md): a draft of section
 * texts (sealed, bound to the row), then signed — its PDF a `documents` row — and never edited again; a
 * correction is a new row that supersedes it.
 */
export const practitionerDocuments = pgTable(
  'practitioner_documents',
  {
    id: uuid('id').primaryKey(),
    number: text('number').notNull(),
    kind: text('kind', { enum: PRACTITIONER_DOCUMENT_KINDS }).notNull(),
    status: text('status', { enum: PRACTITIONER_DOCUMENT_STATUSES }).notNull().default('draft'),
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    practitionerId: uuidRef('practitioner_id', () => practitioners.id, 'cascade'),
    organizationId: uuidRef('organization_id', () => organizations.id, 'cascade'),
    encounterId: optionalUuidRef('encounter_id', () => encounters.id),
    periodFrom: isoDate('period_from'),
    periodTo: isoDate('period_to'),
    /** The section texts as JSON, sealed (medical free text). */
    sectionsEncrypted: text('sections_encrypted').notNull(),
    documentId: optionalUuidRef('document_id', () => documents.id),
    supersedesId: optionalUuidRef('supersedes_id', (): AnyPgColumn => practitionerDocuments.id),
    signedAt: timestamptz('signed_at'),
    ...timestampColumns,
  },
  (t) => [
    check('practitioner_documents_kind', sql`${t.kind} in (${inList(PRACTITIONER_DOCUMENT_KINDS)})`),
    check('practitioner_documents_status', sql`${t.status} in (${inList(PRACTITIONER_DOCUMENT_STATUSES)})`),
    check('practitioner_documents_number', sql`${t.number} ~ '^ДОК-[0-9]{4}-[0-9]{6,}$'`),
    check(
      'practitioner_documents_period',
      sql`(${t.periodFrom} is null) = (${t.periodTo} is null) and (${t.periodFrom} is null or ${t.periodFrom} <= ${t.periodTo})`,
    ),
    // A signed (or superseded) document has its PDF and time; a draft has neither.
    check(
      'practitioner_documents_signed',
      sql`(${t.status} = 'draft') = (${t.documentId} is null and ${t.signedAt} is null)`,
    ),
    uniqueIndex('practitioner_documents_number_key').on(t.number),
    // One correction per signed document.
    uniqueIndex('practitioner_documents_supersedes_key')
      .on(t.supersedesId)
      .where(sql`${t.supersedesId} is not null`),
    index('practitioner_documents_practitioner_idx').on(t.practitionerId, t.status, t.updatedAt),
    index('practitioner_documents_patient_idx').on(t.patientId),
  ],
);
