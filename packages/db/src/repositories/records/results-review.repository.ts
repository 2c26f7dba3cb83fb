import {
  type Interpretation,
  REVIEW_SEVERITY,
  REVIEW_SEVERITY_NONE,
  type ResultsReviewRepository,
  worstInterpretation,
} from '@talon/core/records';
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

/** The reports waiting for the practitioner's review (the partial index `diagnostic_reports_to_review_idx`). */
const waiting = (practitionerId: string) =>
  sql`r.ordered_by_practitioner_id = ${practitionerId} and r.reviewed_at is null and r.status <> 'cancelled'`;

/** A report's urgency by core's `REVIEW_SEVERITY` of its worst flag (none: the rest). */
const severitySql = sql.raw(
  `coalesce((select min(case o.interpretation ${Object.entries(REVIEW_SEVERITY)
    .map(([flag, rank]) => `when '${flag}' then ${rank}`)
    .join(' ')} end)
     from observations o where o.report_id = r.id and o.status <> 'cancelled'), ${REVIEW_SEVERITY_NONE})`,
);

/** «Результаты к просмотру»: a practitioner's ordered reports nobody has marked reviewed. */
export function createResultsReviewRepository(db: DbExecutor): ResultsReviewRepository {
  return {
    async toReview(practitionerId, { limit, offset }) {
      const [counted] = await queryRows<{ total: number }>(
        db,
        sql`select count(*)::int as total from diagnostic_reports r where ${waiting(practitionerId)}`,
      );
      const rows = await queryRows<ToReviewRow>(
        db,
        sql`select r.id, r.name, r.patient_id, ${fullNameSql('p')} as patient_name,
                   r.based_on_order_id as order_id, r.effective_at, r.issued_at,
                   array(select o.interpretation from observations o
                          where o.report_id = r.id and o.status <> 'cancelled'
                            and o.interpretation is not null) as flags
              from diagnostic_reports r
              join patients p on p.id = r.patient_id
             where ${waiting(practitionerId)}
             order by ${severitySql}, coalesce(r.issued_at, r.effective_at), r.id
             limit ${limit} offset ${offset}`,
      );
      const items = rows.map((row) => {
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
      return { items, total: counted?.total ?? 0 };
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
