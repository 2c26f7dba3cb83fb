import type { InteropReads } from '@talon/core/interop';
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import type { Database } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { findDocumentType } from '../../reference/clinical';
import {
  diagnosticReports,
  documents,
  observations,
  organizations,
  practitioners,
  storedFiles,
} from '../../schema';
import { fullNameOf } from '../../sql';
import { openOptional, openRecordText } from '../records/record-cipher';
import { dayIn, instantIn, paged } from './interop-sql';
import { recordWhere } from './interop-visits.repository';

/** The named fields of a row. */
const pick = <T extends object, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> =>
  Object.fromEntries(keys.map((key) => [key, row[key]])) as Pick<T, K>;

/** A report is shared once final (or amended after); its results with it. */
const SHARED_REPORT = inArray(diagnosticReports.status, ['final', 'amended']);

/** Laboratory results and reports, and signed documents, for the FHIR interface. */
export function createInteropResultReads(
  db: Database,
  cipher: FieldCipher,
): Pick<InteropReads, 'observations' | 'diagnosticReports' | 'documents'> {
  return {
    async observations(c, page) {
      const where: SQL | undefined = and(
        inArray(observations.status, ['final', 'amended']),
        or(isNull(observations.reportId), SHARED_REPORT),
        ...recordWhere(c, observations, diagnosticReports.encounterId),
        ...instantIn(observations.effectiveAt, c),
        c.code ? eq(observations.code, c.code) : undefined,
      );
      const from = () =>
        db
          .select({ observation: observations, encounterId: diagnosticReports.encounterId })
          .from(observations)
          .leftJoin(diagnosticReports, eq(diagnosticReports.id, observations.reportId));
      const found = await paged(
        from()
          .where(where)
          .orderBy(desc(observations.effectiveAt), asc(observations.code), desc(observations.id))
          .limit(page.count)
          .offset(page.offset),
        db
          .select({ total: count() })
          .from(observations)
          .leftJoin(diagnosticReports, eq(diagnosticReports.id, observations.reportId))
          .where(where),
      );
      return {
        total: found.total,
        items: found.items.map(({ observation, encounterId }) => {
          const { valueEncrypted, createdAt: _, ...stored } = observation;
          const slot = { table: 'observations', column: 'value_encrypted', rowId: stored.id };
          return { ...stored, encounterId, value: openRecordText(cipher, valueEncrypted, slot) };
        }),
      };
    },

    async diagnosticReports(c, page) {
      const where = and(
        SHARED_REPORT,
        ...recordWhere(c, diagnosticReports, diagnosticReports.encounterId),
        ...instantIn(diagnosticReports.effectiveAt, c),
        c.code ? eq(diagnosticReports.code, c.code) : undefined,
      );
      const found = await paged(
        db
          .select()
          .from(diagnosticReports)
          .where(where)
          .orderBy(desc(diagnosticReports.effectiveAt), desc(diagnosticReports.id))
          .limit(page.count)
          .offset(page.offset),
        db.select({ total: count() }).from(diagnosticReports).where(where),
      );
      const reportIds = found.items.map((r) => r.id);
      const results =
        reportIds.length === 0
          ? []
          : await db
              .select({ id: observations.id, reportId: observations.reportId })
              .from(observations)
              .where(
                and(
                  inArray(observations.reportId, reportIds),
                  inArray(observations.status, ['final', 'amended']),
                ),
              )
              .orderBy(asc(observations.code), asc(observations.id));
      return {
        total: found.total,
        items: found.items.map((r) => ({
          ...pick(r, ['id', 'patientId', 'encounterId', 'code', 'name', 'status', 'effectiveAt', 'issuedAt']),
          performerName: r.performerName,
          conclusion: openOptional(cipher, r.conclusionEncrypted, {
            table: 'diagnostic_reports',
            column: 'conclusion_encrypted',
            rowId: r.id,
          }),
          documentId: r.documentId,
          observationIds: results.filter((o) => o.reportId === r.id).map((o) => o.id),
        })),
      };
    },

    async documents(c, page) {
      // Signed documents only (a signed one always has its PDF); one entered in error is not the patient's.
      const where = and(
        eq(documents.isSigned, true),
        isNotNull(documents.signedAt),
        inArray(documents.status, ['current', 'superseded']),
        ...recordWhere(c, documents, documents.encounterId),
        ...dayIn(documents.documentDate, c),
      );
      const found = await paged(
        db
          .select({
            d: documents,
            pdfSize: storedFiles.size,
            clinic: organizations.name,
            writer: fullNameOf(practitioners),
          })
          .from(documents)
          .innerJoin(storedFiles, eq(documents.fileId, storedFiles.id))
          .leftJoin(organizations, eq(documents.organizationId, organizations.id))
          .leftJoin(practitioners, eq(documents.authorPractitionerId, practitioners.id))
          .where(where)
          .orderBy(desc(documents.documentDate), desc(documents.id))
          .limit(page.count)
          .offset(page.offset),
        db
          .select({ total: count() })
          .from(documents)
          .innerJoin(storedFiles, eq(storedFiles.id, documents.fileId))
          .where(where),
      );
      return {
        total: found.total,
        items: found.items.flatMap(({ d, pdfSize, clinic, writer }) => {
          if (!d.signedAt || (d.status !== 'current' && d.status !== 'superseded')) return [];
          const type = findDocumentType(d.type);
          return [
            {
              id: d.id,
              patientId: d.patientId,
              encounterId: d.encounterId,
              status: d.status,
              type: { code: d.type, name: type?.name ?? d.type, loinc: type?.loinc ?? null },
              title: d.title,
              documentDate: d.documentDate,
              author:
                d.authorPractitionerId || d.authorName
                  ? { id: d.authorPractitionerId, name: d.authorName ?? writer ?? '' }
                  : null,
              organization: d.organizationId && clinic ? { id: d.organizationId, name: clinic } : null,
              signedAt: d.signedAt,
              size: pdfSize,
              sha256: d.sha256 ?? '',
            },
          ];
        }),
      };
    },
  };
}
