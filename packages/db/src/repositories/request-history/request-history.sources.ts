import type { RequestHistoryType } from '@talon/core/request-history';
import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { appointments, dataChangeRequests, dataRequests } from '../../schema';

/**
 * One type of request in «История обращений»: a select of one patient's rows with the same columns in the
 * same order — `type, id, number, status, created_at, updated_at, comment` (text, uuid, text, text,
 * timestamptz, timestamptz, text) —, and the encrypted column `comment` holds, if any (decrypted after the
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
      ${appointments.updatedAt} as updated_at, null::text as comment
    from ${appointments} where ${appointments.patientId} = ${patientId}`,
};

const dataChangesSource: RequestHistorySource = {
  type: 'data_change',
  select: (patientId) => sql`
    select 'data_change'::text, ${dataChangeRequests.id}, ${dataChangeRequests.number},
      ${dataChangeRequests.status}, ${dataChangeRequests.createdAt}, ${dataChangeRequests.updatedAt},
      ${dataChangeRequests.commentEncrypted}
    from ${dataChangeRequests} where ${dataChangeRequests.patientId} = ${patientId}`,
  commentColumn: dataChangeRequests.commentEncrypted,
};

const dataRequestsSource: RequestHistorySource = {
  type: 'data_request',
  select: (patientId) => sql`
    select 'data_request'::text, ${dataRequests.id}, null::text, ${dataRequests.status},
      ${dataRequests.createdAt}, ${dataRequests.updatedAt}, null::text
    from ${dataRequests} where ${dataRequests.patientId} = ${patientId}`,
};

/**
 * The sources of the history, one per request type. A new type of request joins the history with one line
 * here (and its name in core's `REQUEST_HISTORY_TYPES`).
 */
export const REQUEST_HISTORY_SOURCES: readonly RequestHistorySource[] = [
  appointmentsSource,
  dataChangesSource,
  dataRequestsSource,
];
