import type { RequestHistoryType } from '@talon/core/request-history';
import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import {
  appointments,
  attachmentRequests,
  dataChangeRequests,
  dataRequests,
  documentRequests,
  organizations,
} from '../../schema';

/**
 * One type of request in «История обращений»: a select of one patient's rows with the same columns, named
 * and in the same order — `type, id, number, status, created_at, updated_at, comment, organization` (text, uuid,
 * text, text, timestamptz, timestamptz, text, text; named in every source, since any one may be the union's first) —, and the encrypted column `comment` holds, if any (decrypted after the
 * query, bound to the row's id).
 */
export interface RequestHistorySource {
  type: RequestHistoryType;
  select(patientId: string): SQL;
  commentColumn?: PgColumn;
}

const appointmentsSource: RequestHistorySource = {
  type: 'appointment',
  select: (patientId) => sql`
    select 'appointment'::text as type, ${appointments.id} as id, ${appointments.ticketNumber} as number,
      ${appointments.status} as status, ${appointments.createdAt} as created_at,
      ${appointments.updatedAt} as updated_at, null::text as comment, null::text as organization
    from ${appointments} where ${appointments.patientId} = ${patientId}`,
};

const dataChangesSource: RequestHistorySource = {
  type: 'data_change',
  select: (patientId) => sql`
    select 'data_change'::text as type, ${dataChangeRequests.id} as id, ${dataChangeRequests.number} as number,
      ${dataChangeRequests.status} as status, ${dataChangeRequests.createdAt} as created_at,
      ${dataChangeRequests.updatedAt} as updated_at, ${dataChangeRequests.commentEncrypted} as comment,
      null::text as organization
    from ${dataChangeRequests} where ${dataChangeRequests.patientId} = ${patientId}`,
  commentColumn: dataChangeRequests.commentEncrypted,
};

const dataRequestsSource: RequestHistorySource = {
  type: 'data_request',
  select: (patientId) => sql`
    select 'data_request'::text as type, ${dataRequests.id} as id, null::text as number,
      ${dataRequests.status} as status, ${dataRequests.createdAt} as created_at,
      ${dataRequests.updatedAt} as updated_at, null::text as comment, null::text as organization
    from ${dataRequests} where ${dataRequests.patientId} = ${patientId}`,
};

/**
 * Certificates and extracts: the patient's own purpose («для работы») as the comment, no medical content; a
 * rejected one shows the doctor's reason instead.
 */
const documentRequestsSource: RequestHistorySource = {
  type: 'document_request',
  select: (patientId) => sql`
    select 'document_request'::text as type, ${documentRequests.id} as id, ${documentRequests.number} as number,
      ${documentRequests.status} as status, ${documentRequests.createdAt} as created_at,
      ${documentRequests.updatedAt} as updated_at,
      coalesce(${documentRequests.rejectionReason}, ${documentRequests.purpose}) as comment,
      null::text as organization
    from ${documentRequests} where ${documentRequests.patientId} = ${patientId}`,
};

/** Attachment requests: the clinic applied to, and the registry's comment (a refusal's reason). */
const attachmentRequestsSource: RequestHistorySource = {
  type: 'attachment_request',
  select: (patientId) => sql`
    select 'attachment_request'::text as type, ${attachmentRequests.id} as id,
      ${attachmentRequests.number} as number, ${attachmentRequests.status} as status,
      ${attachmentRequests.createdAt} as created_at, ${attachmentRequests.updatedAt} as updated_at,
      ${attachmentRequests.commentEncrypted} as comment, ${organizations.name} as organization
    from ${attachmentRequests}
    join ${organizations} on ${organizations.id} = ${attachmentRequests.organizationId}
    where ${attachmentRequests.patientId} = ${patientId}`,
  commentColumn: attachmentRequests.commentEncrypted,
};

/**
 * The sources of the history, one per request type. A new type of request joins the history with one line
 * here (and its name in core's `REQUEST_HISTORY_TYPES`).
 */
export const REQUEST_HISTORY_SOURCES: readonly RequestHistorySource[] = [
  appointmentsSource,
  dataChangesSource,
  dataRequestsSource,
  documentRequestsSource,
  attachmentRequestsSource,
];
