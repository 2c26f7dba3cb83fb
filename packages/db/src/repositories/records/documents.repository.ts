import type { DocumentsRepository, DocumentView, NewDocument } from '@talon/core/records';
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { findDocumentType } from '../../reference/clinical';
import { documents, organizations, practitioners, storedFiles } from '../../schema';
import { fullNameOf } from '../../sql';
import { toStoredFile } from '../uploads/stored-files.repository';

/** `YYYY-MM-DD` of an instant in UTC, for a date column compared with a period's bounds. */
const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/**
 * The columns of a new `documents` row that every way of filing one sets alike (a record's document here, an
 * issued certificate in document-requests); who signed it and why it was made are the caller's.
 */
export const newDocumentRow = (document: Omit<NewDocument, 'authorName' | 'signature'>) => ({
  id: document.id,
  patientId: document.patientId,
  encounterId: document.encounterId,
  type: document.type,
  title: document.title,
  documentDate: document.documentDate,
  authorPractitionerId: document.authorPractitionerId,
  organizationId: document.organizationId,
  fileId: document.fileId,
  sha256: document.sha256,
  createdAt: document.at,
  updatedAt: document.at,
});

/** Documents (DocumentReference): the PDF is a stored file, its SHA-256 kept for the public check. */
export function createDocumentsRepository(db: DbExecutor): DocumentsRepository {
  async function select(where: SQL | undefined, limit: number): Promise<DocumentView[]> {
    const rows = await db
      .select({
        document: documents,
        authorFullName: fullNameOf(practitioners),
        organizationName: organizations.name,
      })
      .from(documents)
      .leftJoin(practitioners, eq(practitioners.id, documents.authorPractitionerId))
      .leftJoin(organizations, eq(organizations.id, documents.organizationId))
      .where(where)
      .orderBy(desc(documents.documentDate), desc(documents.createdAt), desc(documents.id))
      .limit(limit);
    return rows.map(({ document: d, authorFullName, organizationName }) => ({
      id: d.id,
      patientId: d.patientId,
      encounterId: d.encounterId,
      type: { code: d.type, name: findDocumentType(d.type)?.name ?? d.type },
      title: d.title,
      date: d.documentDate,
      author:
        d.authorPractitionerId || d.authorName
          ? { id: d.authorPractitionerId, name: d.authorName ?? authorFullName ?? '' }
          : null,
      organization:
        d.organizationId && organizationName ? { id: d.organizationId, name: organizationName } : null,
      status: d.status,
      sha256: d.sha256,
      isSigned: d.isSigned,
      signerName: d.signerName,
      signedAt: d.signedAt,
      hasFile: d.fileId !== null,
      createdAt: d.createdAt,
    }));
  }

  return {
    async create(document) {
      await db.insert(documents).values({
        ...newDocumentRow(document),
        authorName: document.authorName,
        ...(document.signature
          ? {
              isSigned: true,
              signerName: document.signature.signerName,
              signedAt: document.signature.signedAt,
              signatureCertificateSerial: document.signature.certificateSerial,
              verificationCode: document.signature.verificationCode,
            }
          : {}),
      });
      return document.id;
    },

    async find(id) {
      const [found] = await select(eq(documents.id, id), 1);
      return found ?? null;
    },

    list: (filter) =>
      select(
        and(
          eq(documents.patientId, filter.patientId),
          eq(documents.status, 'current'),
          filter.type ? eq(documents.type, filter.type) : undefined,
          filter.period.from ? gte(documents.documentDate, isoDay(filter.period.from)) : undefined,
          filter.period.to ? lt(documents.documentDate, isoDay(filter.period.to)) : undefined,
        ),
        filter.limit,
      ),

    async fileOf(documentId) {
      const [row] = await db
        .select({ file: storedFiles })
        .from(documents)
        .innerJoin(storedFiles, eq(storedFiles.id, documents.fileId))
        .where(eq(documents.id, documentId));
      return row ? toStoredFile(row.file) : null;
    },

    typeName: (code) => findDocumentType(code)?.name ?? null,
  };
}
