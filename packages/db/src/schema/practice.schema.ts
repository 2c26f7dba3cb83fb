import { ABSENCE_KINDS, ABSENCE_REQUEST_STATUSES } from '@talon/core/practice';
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text } from 'drizzle-orm/pg-core';
import { entityColumns, inList, isoDate, optionalUuidRef, timestamptz, uuidRef } from './columns';
import { accounts } from './identity.schema';
import { practitionerRoles } from './practitioners.schema';

/**
 * A practitioner's request to be away (issue 12 item 2): clinic-local days `starts_on`…`ends_on` of one of
 * their roles. `submitted` until the clinic admin decides once (a conditional UPDATE); the decision's time is
 * set exactly when it is decided (its author too, kept while their account exists). An approval cancels the period clinic-side.
 */
export const absenceRequests = pgTable(
  'absence_requests',
  {
    ...entityColumns,
    practitionerRoleId: uuidRef('practitioner_role_id', () => practitionerRoles.id, 'cascade'),
    requestedByAccountId: uuidRef('requested_by_account_id', () => accounts.id, 'cascade'),
    kind: text('kind', { enum: ABSENCE_KINDS }).notNull(),
    startsOn: isoDate('starts_on').notNull(),
    endsOn: isoDate('ends_on').notNull(),
    comment: text('comment'),
    status: text('status', { enum: ABSENCE_REQUEST_STATUSES }).notNull().default('submitted'),
    decidedByAccountId: optionalUuidRef('decided_by_account_id', () => accounts.id),
    decidedAt: timestamptz('decided_at'),
    decisionComment: text('decision_comment'),
  },
  (t) => [
    check('absence_requests_kind', sql`${t.kind} in (${inList(ABSENCE_KINDS)})`),
    check('absence_requests_status', sql`${t.status} in (${inList(ABSENCE_REQUEST_STATUSES)})`),
    check('absence_requests_period', sql`${t.endsOn} >= ${t.startsOn}`),
    check('absence_requests_decision', sql`(${t.status} = 'submitted') = (${t.decidedAt} is null)`),
    check('absence_requests_comment_length', sql`char_length(${t.comment}) <= 500`),
    index('absence_requests_role_idx').on(t.practitionerRoleId, t.startsOn),
    index('absence_requests_status_idx').on(t.status, t.createdAt),
  ],
);
