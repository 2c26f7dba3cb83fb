import { type SQL, sql } from 'drizzle-orm';

/**
 * This module's source of «История обращений» (the patient's requests of every kind): one select with the
 * common columns `{type, id, number, status, createdAt, updatedAt, comment}`, for the history's UNION of
 * sources. `type` is `document_request`; the comment is the ordered document's type code (no medical
 * content), its purpose appended.
 */
export const documentRequestsHistorySource = (patientId: string): SQL => sql`
  select 'document_request'::text as type, dr.id, dr.number, dr.status,
         dr.created_at as "createdAt", dr.updated_at as "updatedAt",
         concat_ws(': ', dr.type, dr.purpose) as comment
    from document_requests dr
   where dr.patient_id = ${patientId}`;
