import type {
  DocumentCheck,
  DocumentRequestsRepository,
  DocumentRequestView,
} from '@talon/core/document-requests';
import { and, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { findDocumentType } from '../../reference/clinical';
import {
  documentRequestNumberSeq,
  documentRequests,
  documents,
  organizations,
  patients,
  staffCertificates,
} from '../../schema';
import { nextValue, queryRows } from '../../sql';
import { issuerColumns, patientOnDocument } from '../document-parties';
import { accountEmail } from '../identity/account-email';
import { newDocumentRow } from '../records/documents.repository';
import { checkStaffCertificate } from '../staff-applications/staff-certificate-check';
import { sourceStampQuery } from './source-stamp';

type Row = typeof documentRequests.$inferSelect;

const toView = (row: Row, verificationCode: string | null): DocumentRequestView => ({
  id: row.id,
  number: row.number,
  patientId: row.patientId,
  type: row.type,
  purpose: row.purpose,
  period: row.periodFrom && row.periodTo ? { from: row.periodFrom, to: row.periodTo } : null,
  encounterId: row.encounterId,
  status: row.status,
  organizationId: row.organizationId,
  documentId: row.documentId,
  verificationCode,
  sourceStamp: row.sourceStamp,
  rejectionReason: row.rejectionReason,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** Certificates and extracts ordered by patients, the documents they produce and their public check. */
export function createDocumentRequestsRepository(db: DbExecutor): DocumentRequestsRepository {
  async function check(where: SQL): Promise<DocumentCheck | null> {
    const [row] = await db
      .select({ document: documents, organizationName: organizations.name })
      .from(documents)
      .leftJoin(organizations, eq(organizations.id, documents.organizationId))
      .where(and(where, inArray(documents.status, ['current', 'superseded', 'entered-in-error'])))
      .orderBy(desc(documents.createdAt))
      .limit(1);
    if (!row?.document.sha256) return null;
    const d = row.document;
    return {
      documentType: findDocumentType(d.type)?.name ?? d.type,
      issuedAt: d.documentDate,
      organization: row.organizationName,
      sha256: d.sha256 as string,
      signed: d.isSigned,
      signerName: d.isSigned ? d.signerName : null,
      signedAt: d.signedAt,
      revoked: d.revokedAt !== null || d.status === 'entered-in-error',
      superseded: d.status === 'superseded',
    };
  }

  const selectRequests = () =>
    db
      .select({ request: documentRequests, code: documents.verificationCode })
      .from(documentRequests)
      .leftJoin(documents, eq(documents.id, documentRequests.documentId));

  return {
    nextNumber: () => nextValue(db, documentRequestNumberSeq),

    async create(request) {
      await db.insert(documentRequests).values({
        id: request.id,
        number: request.number,
        patientId: request.patientId,
        type: request.type,
        purpose: request.purpose,
        periodFrom: request.period?.from ?? null,
        periodTo: request.period?.to ?? null,
        encounterId: request.encounterId,
        status: request.status,
        organizationId: request.organizationId,
        sourceStamp: request.sourceStamp,
        createdByAccountId: request.createdByAccountId,
        createdAt: request.at,
        updatedAt: request.at,
      });
    },

    async find(id) {
      const [row] = await selectRequests().where(eq(documentRequests.id, id));
      return row ? toView(row.request, row.code) : null;
    },

    async list(filter) {
      const rows = await selectRequests()
        .where(
          and(
            eq(documentRequests.patientId, filter.patientId),
            filter.type ? eq(documentRequests.type, filter.type) : undefined,
          ),
        )
        .orderBy(desc(documentRequests.createdAt), desc(documentRequests.number))
        .limit(filter.limit);
      return rows.map((row) => toView(row.request, row.code));
    },

    async listForClinics(filter) {
      if (filter.organizationIds?.length === 0 || filter.statuses.length === 0) return [];
      const rows = await db
        .select({
          id: documentRequests.id,
          number: documentRequests.number,
          patientId: documentRequests.patientId,
          type: documentRequests.type,
          status: documentRequests.status,
          createdAt: documentRequests.createdAt,
          organizationId: documentRequests.organizationId,
          organizationName: organizations.name,
          patientName: sql<string>`concat_ws(' ', ${patients.surname}, ${patients.name}, ${patients.patronymic})`,
        })
        .from(documentRequests)
        .innerJoin(patients, eq(patients.id, documentRequests.patientId))
        .leftJoin(organizations, eq(organizations.id, documentRequests.organizationId))
        .where(
          and(
            inArray(documentRequests.status, [...filter.statuses]),
            filter.organizationIds
              ? inArray(documentRequests.organizationId, [...filter.organizationIds])
              : undefined,
          ),
        )
        .orderBy(documentRequests.createdAt, documentRequests.number)
        .limit(filter.limit);
      return rows;
    },

    async transition(input) {
      if (input.from.length === 0) return false;
      const rows = await db
        .update(documentRequests)
        .set({
          status: input.to,
          updatedAt: input.at,
          ...(input.documentId ? { documentId: input.documentId } : {}),
          ...(input.rejectionReason ? { rejectionReason: input.rejectionReason } : {}),
        })
        .where(and(eq(documentRequests.id, input.id), inArray(documentRequests.status, [...input.from])))
        .returning({ id: documentRequests.id });
      return rows.length === 1;
    },

    async insertDocument(document) {
      await db.insert(documents).values({
        ...newDocumentRow(document),
        authorName: null,
        isSigned: true,
        signerName: document.signerName,
        signedAt: document.signedAt,
        signatureCertificateSerial: document.certificateSerial,
        verificationCode: document.verificationCode,
        requestId: document.requestId,
      });
    },

    async isDocumentRevoked(documentId) {
      const [row] = await db
        .select({ revokedAt: documents.revokedAt, status: documents.status })
        .from(documents)
        .where(eq(documents.id, documentId));
      return !row || row.revokedAt !== null || row.status !== 'current';
    },

    async sourceStamp(input) {
      const [row] = await queryRows<{ stamp: string | null }>(db, sourceStampQuery(input));
      return row?.stamp ?? '';
    },

    async issuerOf(patientId, organizationId) {
      const orgId =
        organizationId ??
        (
          await db
            .select({
              id: sql<string | null>`coalesce(${patients.attachedOrganizationId}, (
              select e.organization_id from encounters e where e.patient_id = ${patients.id}
              order by e.period_start desc limit 1))`,
            })
            .from(patients)
            .where(eq(patients.id, patientId))
        )[0]?.id;
      if (!orgId) return null;
      const [row] = await db.select(issuerColumns).from(organizations).where(eq(organizations.id, orgId));
      return row ?? null;
    },

    patientCard: (patientId) => patientOnDocument(db, patientId),

    accountEmail: (accountId) => accountEmail(db, accountId),

    async ordererOf(requestId) {
      const [row] = await db
        .select({ accountId: documentRequests.createdByAccountId })
        .from(documentRequests)
        .where(eq(documentRequests.id, requestId));
      return row?.accountId ?? null;
    },

    // A staff certificate (issue 12 item 9) is checked the same way when no document matches.
    checkBySha256: async (sha256) =>
      (await check(eq(documents.sha256, sha256))) ??
      checkStaffCertificate(db, eq(staffCertificates.sha256, sha256)),
    checkByCode: async (code) =>
      (await check(eq(documents.verificationCode, code))) ??
      checkStaffCertificate(db, eq(staffCertificates.verificationCode, code)),

    async revocable(documentId) {
      const [row] = await db
        .select({
          organizationId: documents.organizationId,
          patientId: documents.patientId,
          revokedAt: documents.revokedAt,
        })
        .from(documents)
        .where(eq(documents.id, documentId));
      return row
        ? { organizationId: row.organizationId, patientId: row.patientId, revoked: row.revokedAt !== null }
        : null;
    },

    async revoke(input) {
      const rows = await db
        .update(documents)
        .set({ revokedAt: input.at, revocationReason: input.reason, updatedAt: input.at })
        .where(and(eq(documents.id, input.documentId), isNull(documents.revokedAt)))
        .returning({ id: documents.id });
      return rows.length === 1;
    },
  };
}
