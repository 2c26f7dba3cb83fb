import type { DiagnosticReportView, LabResultsRepository, ObservationView } from '@talon/core/records';
import { and, asc, desc, eq, gte, inArray, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import type { FieldCipher } from '../../crypto/field-cipher';
import { accounts, diagnosticReports, observations, organizations, practitioners } from '../../schema';
import { fullNameOf, queryRows } from '../../sql';
import { openOptional, openRecordText, sealOptional, sealRecordText } from './record-cipher';

const valueSlot = (rowId: string) => ({ table: 'observations', column: 'value_encrypted', rowId });
const conclusionSlot = (rowId: string) => ({
  table: 'diagnostic_reports',
  column: 'conclusion_encrypted',
  rowId,
});

/** A unique violation of the laboratory identifier: the same report posted again. */
const isDuplicateIdentifier = (error: unknown): boolean => {
  const e = error as { code?: string; cause?: { code?: string } };
  return (e.code ?? e.cause?.code) === '23505';
};

/** Laboratory reports (DiagnosticReport) and their results (Observation), values sealed. */
export function createLabResultsRepository(db: DbExecutor, cipher: FieldCipher): LabResultsRepository {
  async function selectObservations(where: SQL | undefined, limit: number, oldestFirst = false) {
    const rows = await db
      .select({ observation: observations, performer: diagnosticReports.performerName })
      .from(observations)
      .leftJoin(diagnosticReports, eq(diagnosticReports.id, observations.reportId))
      .where(and(ne(observations.status, 'cancelled'), where))
      .orderBy(
        oldestFirst ? asc(observations.effectiveAt) : desc(observations.effectiveAt),
        asc(observations.code),
        asc(observations.id),
      )
      .limit(limit);
    return rows.map(({ observation: o, performer }): ObservationView => {
      const value = openRecordText(cipher, o.valueEncrypted, valueSlot(o.id));
      return {
        id: o.id,
        patientId: o.patientId,
        reportId: o.reportId,
        code: o.code,
        codeSystem: o.codeSystem,
        name: o.name,
        valueKind: o.valueKind,
        value: o.valueKind === 'quantity' ? Number(value) : value,
        unit: o.unit,
        unitDisplay: o.unitDisplay,
        referenceRange: { low: o.refLow, high: o.refHigh, text: o.refText },
        interpretation: o.interpretation,
        effective: o.effectiveAt,
        status: o.status,
        performer,
      };
    });
  }

  return {
    async insertReport(report) {
      const existing = async () => {
        if (!report.identifier) return null;
        const [row] = await db
          .select({ id: diagnosticReports.id })
          .from(diagnosticReports)
          .where(
            and(
              eq(diagnosticReports.identifierSystem, report.identifier.system),
              eq(diagnosticReports.identifierValue, report.identifier.value),
            ),
          );
        return row?.id ?? null;
      };
      const before = await existing();
      if (before) return { id: before, isNew: false };
      const inserted = await db
        .insert(diagnosticReports)
        .values({
          id: report.id,
          patientId: report.patientId,
          encounterId: report.encounterId,
          organizationId: report.organizationId,
          performerName: report.performerName,
          performerOrganizationId: report.performerOrganizationId,
          orderedByPractitionerId: report.orderedByPractitionerId,
          orderNumber: report.orderNumber,
          identifierSystem: report.identifier?.system ?? null,
          identifierValue: report.identifier?.value ?? null,
          code: report.code,
          name: report.name,
          status: report.status,
          effectiveAt: report.effectiveAt,
          issuedAt: report.issuedAt,
          conclusionEncrypted: sealOptional(cipher, report.conclusion, conclusionSlot(report.id)),
          documentId: report.documentId,
          basedOnOrderId: report.basedOnOrderId,
          enteredByAccountId: report.enteredByAccountId,
          createdAt: report.at,
        })
        // A concurrent post of the same identifier: the first one stays, this one stores nothing.
        .onConflictDoNothing()
        .returning({ id: diagnosticReports.id })
        .catch((error: unknown) => {
          if (isDuplicateIdentifier(error)) return [];
          throw error;
        });
      if (inserted.length === 0) {
        const first = await existing();
        if (!first) throw new Error('diagnostic report neither inserted nor found');
        return { id: first, isNew: false };
      }
      if (report.observations.length > 0) {
        await db.insert(observations).values(
          report.observations.map((o) => ({
            id: o.id,
            reportId: report.id,
            patientId: report.patientId,
            code: o.code,
            codeSystem: o.codeSystem,
            name: o.name,
            valueKind: o.valueKind,
            valueEncrypted: sealRecordText(cipher, o.value, valueSlot(o.id)),
            unit: o.unit,
            unitDisplay: o.unitDisplay,
            refLow: o.refLow,
            refHigh: o.refHigh,
            refText: o.refText,
            interpretation: o.interpretation,
            effectiveAt: o.effectiveAt,
            createdAt: report.at,
          })),
        );
      }
      return { id: report.id, isNew: true };
    },

    async findReport(id): Promise<DiagnosticReportView | null> {
      const [row] = await db
        .select({
          report: diagnosticReports,
          orderedByName: fullNameOf(practitioners),
          organizationName: organizations.name,
          enteredByName: accounts.displayName,
        })
        .from(diagnosticReports)
        .leftJoin(practitioners, eq(practitioners.id, diagnosticReports.orderedByPractitionerId))
        .leftJoin(accounts, eq(accounts.id, diagnosticReports.enteredByAccountId))
        .leftJoin(organizations, eq(organizations.id, diagnosticReports.organizationId))
        .where(eq(diagnosticReports.id, id));
      if (!row) return null;
      const r = row.report;
      return {
        id: r.id,
        patientId: r.patientId,
        encounterId: r.encounterId,
        code: r.code,
        name: r.name,
        status: r.status,
        orderNumber: r.orderNumber,
        performer: r.performerName,
        orderedBy: r.orderedByPractitionerId
          ? { id: r.orderedByPractitionerId, name: row.orderedByName }
          : null,
        organization:
          r.organizationId && row.organizationName
            ? { id: r.organizationId, name: row.organizationName }
            : null,
        effective: r.effectiveAt,
        issued: r.issuedAt,
        conclusion: openOptional(cipher, r.conclusionEncrypted, conclusionSlot(r.id)),
        documentId: r.documentId,
        basedOnOrderId: r.basedOnOrderId,
        enteredBy:
          r.enteredByAccountId && row.enteredByName
            ? { id: r.enteredByAccountId, name: row.enteredByName }
            : null,
        reviewedAt: r.reviewedAt,
        observations: await selectObservations(eq(observations.reportId, r.id), 1_000, true),
      };
    },

    listObservations: (filter) =>
      selectObservations(
        and(
          eq(observations.patientId, filter.patientId),
          filter.code ? eq(observations.code, filter.code) : undefined,
          filter.period.from ? gte(observations.effectiveAt, filter.period.from) : undefined,
          filter.period.to ? lt(observations.effectiveAt, filter.period.to) : undefined,
        ),
        filter.limit,
      ),

    async latestOutOfRange(patientId, limit) {
      // The latest result of each analyte (DISTINCT ON over the trend index), kept when it is out of range.
      const latest = await queryRows<{ id: string }>(
        db,
        sql`select id from (
              select distinct on (o.code) o.id, o.interpretation, o.effective_at
                from observations o
               where o.patient_id = ${patientId} and o.status <> 'cancelled'
               order by o.code, o.effective_at desc, o.id desc
            ) latest
            where latest.interpretation is not null and latest.interpretation <> 'N'
            order by latest.effective_at desc
            limit ${limit}`,
      );
      if (latest.length === 0) return [];
      return selectObservations(
        inArray(
          observations.id,
          latest.map((row) => row.id),
        ),
        limit,
      );
    },
  };
}
