import { DOCUMENT_TITLES, type DocumentRequestType } from '@talon/core/document-requests';
import type {
  DocumentSections,
  PractitionerDocumentsRepository,
  PractitionerDocumentView,
} from '@talon/core/practitioner-documents';
import { DOCUMENT_TEMPLATES } from '@talon/core/practitioner-documents';
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import {
  documentRequests,
  documents,
  organizations,
  patients,
  practitionerDocumentNumberSeq,
  practitionerDocuments,
  practitionerRoles,
  practitioners,
} from '../../schema';
import { fullNameOf, nextValue } from '../../sql';
import { issuerColumns, patientOnDocument } from '../document-parties';
import { openRecordText, sealRecordText } from '../records/record-cipher';

type Row = typeof practitionerDocuments.$inferSelect;

const slot = (rowId: string) => ({
  table: 'practitioner_documents',
  column: 'sections_encrypted',
  rowId,
});

/** The practitioner's documents: sealed drafts, their signature's link, the certificate requests to sign. */
export function createPractitionerDocumentsRepository(
  db: DbExecutor,
  cipher: FieldCipher,
): PractitionerDocumentsRepository {
  const seal = (id: string, sections: DocumentSections) =>
    sealRecordText(cipher, JSON.stringify(sections), slot(id));
  const toView = (
    row: Row,
    patientName: string,
    verificationCode: string | null,
  ): PractitionerDocumentView => ({
    id: row.id,
    number: row.number,
    kind: row.kind,
    title: DOCUMENT_TEMPLATES[row.kind].title,
    status: row.status,
    patient: { id: row.patientId, name: patientName },
    practitionerId: row.practitionerId,
    organizationId: row.organizationId,
    encounterId: row.encounterId,
    period: row.periodFrom && row.periodTo ? { from: row.periodFrom, to: row.periodTo } : null,
    sections: JSON.parse(openRecordText(cipher, row.sectionsEncrypted, slot(row.id))) as DocumentSections,
    documentId: row.documentId,
    supersedesId: row.supersedesId,
    signedAt: row.signedAt,
    verificationCode,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  });
  const select = () =>
    db
      .select({
        document: practitionerDocuments,
        patientName: fullNameOf(patients),
        code: documents.verificationCode,
      })
      .from(practitionerDocuments)
      .innerJoin(patients, eq(patients.id, practitionerDocuments.patientId))
      .leftJoin(documents, eq(documents.id, practitionerDocuments.documentId));

  return {
    nextNumber: () => nextValue(db, practitionerDocumentNumberSeq),

    async create(document) {
      await db.insert(practitionerDocuments).values({
        id: document.id,
        number: document.number,
        kind: document.kind,
        patientId: document.patientId,
        practitionerId: document.practitionerId,
        organizationId: document.organizationId,
        encounterId: document.encounterId,
        periodFrom: document.period?.from ?? null,
        periodTo: document.period?.to ?? null,
        sectionsEncrypted: seal(document.id, document.sections),
        supersedesId: document.supersedesId,
        createdAt: document.at,
        updatedAt: document.at,
      });
    },

    async find(id) {
      const [row] = await select().where(eq(practitionerDocuments.id, id));
      return row ? toView(row.document, row.patientName, row.code) : null;
    },

    async updateSections(id, sections, at) {
      const rows = await db
        .update(practitionerDocuments)
        .set({ sectionsEncrypted: seal(id, sections), updatedAt: at })
        .where(and(eq(practitionerDocuments.id, id), eq(practitionerDocuments.status, 'draft')))
        .returning({ id: practitionerDocuments.id });
      return rows.length > 0;
    },

    async markSigned(id, documentId, at) {
      const rows = await db
        .update(practitionerDocuments)
        .set({ status: 'signed', documentId, signedAt: at, updatedAt: at })
        .where(and(eq(practitionerDocuments.id, id), eq(practitionerDocuments.status, 'draft')))
        .returning({ id: practitionerDocuments.id });
      return rows.length > 0;
    },

    async markSuperseded(id, at) {
      const rows = await db
        .update(practitionerDocuments)
        .set({ status: 'superseded', updatedAt: at })
        .where(and(eq(practitionerDocuments.id, id), eq(practitionerDocuments.status, 'signed')))
        .returning({ documentId: practitionerDocuments.documentId });
      const documentId = rows[0]?.documentId;
      if (!documentId) return false;
      await db
        .update(documents)
        .set({ status: 'superseded', updatedAt: at })
        .where(and(eq(documents.id, documentId), eq(documents.status, 'current')));
      return true;
    },

    async hasCorrection(id) {
      const rows = await db
        .select({ id: practitionerDocuments.id })
        .from(practitionerDocuments)
        .where(eq(practitionerDocuments.supersedesId, id))
        .limit(1);
      return rows.length > 0;
    },

    async list(filter) {
      const rows = await select()
        .where(
          and(
            eq(practitionerDocuments.practitionerId, filter.practitionerId),
            inArray(practitionerDocuments.status, [...filter.statuses]),
            filter.kind ? eq(practitionerDocuments.kind, filter.kind) : undefined,
          ),
        )
        .orderBy(desc(practitionerDocuments.updatedAt), desc(practitionerDocuments.id))
        .limit(filter.limit);
      return rows.map((row) => toView(row.document, row.patientName, row.code));
    },

    async awaitingRequests(practitionerId, limit) {
      const rows = await db
        .select({
          id: documentRequests.id,
          number: documentRequests.number,
          type: documentRequests.type,
          patientId: documentRequests.patientId,
          patientName: fullNameOf(patients),
          createdAt: documentRequests.createdAt,
        })
        .from(documentRequests)
        .innerJoin(patients, eq(patients.id, documentRequests.patientId))
        .where(
          and(
            eq(documentRequests.status, 'awaiting_signature'),
            isNotNull(documentRequests.organizationId),
            inArray(
              documentRequests.organizationId,
              db
                .select({ id: practitionerRoles.organizationId })
                .from(practitionerRoles)
                .where(
                  and(
                    eq(practitionerRoles.practitionerId, practitionerId),
                    eq(practitionerRoles.isActive, true),
                  ),
                ),
            ),
          ),
        )
        .orderBy(asc(documentRequests.createdAt), asc(documentRequests.id))
        .limit(limit);
      return rows.map((r) => ({
        id: r.id,
        number: r.number,
        type: r.type,
        title: DOCUMENT_TITLES[r.type as DocumentRequestType] ?? r.type,
        patient: { id: r.patientId, name: r.patientName },
        createdAt: r.createdAt,
      }));
    },

    async issuerFor(input) {
      if (input.organizationId) {
        const [row] = await db
          .select(issuerColumns)
          .from(organizations)
          .where(eq(organizations.id, input.organizationId));
        return row ?? null;
      }
      // The practitioner's clinic where the patient is attached comes first, then the others by name.
      const [row] = await db
        .select(issuerColumns)
        .from(practitionerRoles)
        .innerJoin(organizations, eq(organizations.id, practitionerRoles.organizationId))
        .where(
          and(
            eq(practitionerRoles.practitionerId, input.practitionerId),
            eq(practitionerRoles.isActive, true),
          ),
        )
        .orderBy(
          sql`${organizations.id} = (select ${patients.attachedOrganizationId} from ${patients} where ${patients.id} = ${input.patientId}) desc nulls last`,
          asc(organizations.name),
        )
        .limit(1);
      return row ?? null;
    },

    patientCard: (patientId) => patientOnDocument(db, patientId),

    async practitionerName(practitionerId) {
      const [row] = await db
        .select({ name: fullNameOf(practitioners) })
        .from(practitioners)
        .where(eq(practitioners.id, practitionerId));
      return row?.name ?? null;
    },
  };
}
