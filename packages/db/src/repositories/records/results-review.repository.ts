import { type Interpretation, type ResultsReviewRepository, worstInterpretation } from '@talon/core/records';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { diagnosticReports } from '../../schema';
import { fullNameSql, queryRows } from '../../sql';

interface ToReviewRow {
  id: string;
  name: string;
  patient_id: string;
  patient_name: string;
  order_id: string | null;
  effective_at: Date | string;
  issued_at: Date | string | null;
  flags: Interpretation[] | null;
}

const dateOf = (value: Date | string) => (value instanceof Date ? value : new Date(value));

/** «Результаты к просмотру»: a practitioner's ordered reports nobody has marked reviewed. */
export function createResultsReviewRepository(db: DbExecutor): ResultsReviewRepository {
  return {
    async toReview(practitionerId, limit) {
      // The partial index `diagnostic_reports_to_review_idx` holds exactly the unreviewed reports.
      const rows = await queryRows<ToReviewRow>(
        db,
        sql`select r.id, r.name, r.patient_id, ${fullNameSql('p')} as patient_name,
                   r.based_on_order_id as order_id, r.effective_at, r.issued_at,
                   array(select o.interpretation from observations o
                          where o.report_id = r.id and o.status <> 'cancelled'
                            and o.interpretation is not null) as flags
              from diagnostic_reports r
              join patients p on p.id = r.patient_id
             where r.ordered_by_practitioner_id = ${practitionerId} and r.reviewed_at is null
               and r.status <> 'cancelled'
             order by r.issued_at nulls last, r.id
             limit ${limit}`,
      );
      return rows.map((row) => {
        const flags = row.flags ?? [];
        return {
          reportId: row.id,
          name: row.name,
          patient: { id: row.patient_id, fullName: row.patient_name },
          orderId: row.order_id,
          effective: dateOf(row.effective_at),
          issued: row.issued_at === null ? null : dateOf(row.issued_at),
          worst: worstInterpretation(flags),
          outOfRange: flags.filter((flag) => flag !== 'N').length,
        };
      });
    },

    async markReviewed(reportId, accountId, at) {
      const marked = await db
        .update(diagnosticReports)
        .set({ reviewedAt: at, reviewedByAccountId: accountId })
        .where(and(eq(diagnosticReports.id, reportId), isNull(diagnosticReports.reviewedAt)))
        .returning({ id: diagnosticReports.id });
      return marked.length === 1;
    },
  };
}
