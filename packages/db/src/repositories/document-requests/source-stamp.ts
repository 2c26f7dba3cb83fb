import type { DatePeriod, DocumentRequestType } from '@talon/core/document-requests';
import { type SQL, sql } from 'drizzle-orm';

/** The period's bounds for a timestamptz column: from the start of `from` to the end of `to` (UTC days). */
const inPeriod = (column: SQL, period: DatePeriod | null) =>
  period ? sql`and ${column} >= ${period.from}::date and ${column} < (${period.to}::date + 1)` : sql``;

/**
 * The fingerprint of the part of the record a document of `type` states: the number of rows and an MD5 over
 * their ids and versions. A new vaccination, an amended visit, a new result in the period change it, so an
 * order that finds the same stamp as its last ready document reuses that document (docs/requests.md).
 */
export function sourceStampQuery(input: {
  patientId: string;
  type: DocumentRequestType;
  period: DatePeriod | null;
  encounterId: string | null;
}): SQL {
  const digest = (rows: SQL) =>
    sql`select count(*) || ':' || coalesce(md5(string_agg(part, ',' order by part)), '') as stamp from (${rows}) as parts`;
  switch (input.type) {
    case 'vaccination-certificate':
      return digest(
        sql`select id::text || status as part from immunizations where patient_id = ${input.patientId}`,
      );
    case 'visit-certificate':
      return digest(
        sql`select id::text || status || version as part from encounters where id = ${input.encounterId} and patient_id = ${input.patientId}`,
      );
    case 'lab-results-extract':
      return digest(
        sql`select id::text || status as part from observations where patient_id = ${input.patientId} ${inPeriod(sql`effective_at`, input.period)}`,
      );
    case 'inpatient-extract':
      return digest(
        sql`select id::text || status as part from documents where patient_id = ${input.patientId} and type = 'discharge-summary' ${inPeriod(sql`document_date`, input.period)}`,
      );
    default:
      // Visits are what a doctor's certificate or an outpatient extract is judged on.
      return digest(
        sql`select id::text || status || version as part from encounters where patient_id = ${input.patientId} ${inPeriod(sql`period_start`, input.period)}`,
      );
  }
}
