import {
  SUPPORT_CATEGORIES,
  SUPPORT_MESSAGE_AUTHORS,
  SUPPORT_TICKET_SOURCES,
  SUPPORT_TICKET_STATUSES,
} from '@talon/core/support';
import { sql } from 'drizzle-orm';
import { check, customType, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  entityColumns,
  inList,
  numberSequence,
  optionalUuidRef,
  timestampColumns,
  timestamptz,
  uuidRef,
} from './columns';
import { accounts } from './identity.schema';
import { organizations } from './organizations.schema';

/** A PostgreSQL full-text search vector (read by the database only). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The running number of support tickets (`ОБ-2026-000123`): unique across years. */
export const supportTicketNumberSeq = numberSequence('support_ticket_number_seq');

/**
 * A support ticket (issue 17 item 2): new → in_progress → awaiting_reply → resolved → closed (core's
 * support-workflow.ts). Written by a person (`account_id`) or opened by the system for a clinic (a low survey
 * rating: no account, `source = 'system'`). The subject is personal text, encrypted at rest (rule 18); the
 * conversation is `support_messages`; a screenshot is a `stored_files` row attached as `support_ticket`.
 */
export const supportTickets = pgTable(
  'support_tickets',
  {
    ...entityColumns,
    number: text('number').notNull(),
    accountId: optionalUuidRef('account_id', () => accounts.id),
    organizationId: optionalUuidRef('organization_id', () => organizations.id),
    category: text('category', { enum: SUPPORT_CATEGORIES }).notNull(),
    source: text('source', { enum: SUPPORT_TICKET_SOURCES }).notNull(),
    status: text('status', { enum: SUPPORT_TICKET_STATUSES }).notNull().default('new'),
    subjectEncrypted: text('subject_encrypted').notNull(),
    /** The cabinet page the form came from, or what opened a system ticket (`survey:…`). */
    page: text('page'),
    assigneeAccountId: optionalUuidRef('assignee_account_id', () => accounts.id),
    firstResponseAt: timestamptz('first_response_at'),
    resolvedAt: timestamptz('resolved_at'),
    closedAt: timestamptz('closed_at'),
  },
  (t) => [
    uniqueIndex('support_tickets_number_key').on(t.number),
    check('support_tickets_category', sql`${t.category} in (${inList(SUPPORT_CATEGORIES)})`),
    check('support_tickets_source', sql`${t.source} in (${inList(SUPPORT_TICKET_SOURCES)})`),
    check('support_tickets_status', sql`${t.status} in (${inList(SUPPORT_TICKET_STATUSES)})`),
    check('support_tickets_number_format', sql`${t.number} ~ '^ОБ-[0-9]{4}-[0-9]{6,}$'`),
    check('support_tickets_system_author', sql`${t.source} <> 'system' or ${t.accountId} is null`),
    check('support_tickets_closed', sql`(${t.status} = 'closed') = (${t.closedAt} is not null)`),
    check('support_tickets_resolved', sql`${t.status} <> 'resolved' or ${t.resolvedAt} is not null`),
    check(
      'support_tickets_first_response',
      sql`${t.firstResponseAt} is null or ${t.firstResponseAt} >= ${t.createdAt}`,
    ),
    index('support_tickets_account_idx').on(t.accountId, t.createdAt),
    index('support_tickets_queue_idx').on(t.status, t.createdAt),
    index('support_tickets_organization_idx').on(t.organizationId, t.createdAt),
  ],
);

/** One message of a ticket's conversation (the person's, an operator's, or the system's); encrypted at rest. */
export const supportMessages = pgTable(
  'support_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ticketId: uuidRef('ticket_id', () => supportTickets.id, 'cascade'),
    author: text('author', { enum: SUPPORT_MESSAGE_AUTHORS }).notNull(),
    authorAccountId: optionalUuidRef('author_account_id', () => accounts.id),
    textEncrypted: text('text_encrypted').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('support_messages_author', sql`${t.author} in (${inList(SUPPORT_MESSAGE_AUTHORS)})`),
    check('support_messages_system', sql`${t.author} <> 'system' or ${t.authorAccountId} is null`),
    index('support_messages_ticket_idx').on(t.ticketId, t.createdAt),
  ],
);

/**
 * The knowledge base «Помощь» (Markdown, written by the system admin; the first set is reference data synced
 * at migrate time from `reference/help-articles.json`). `search` is the full-text vector in the `russian`
 * configuration: the title weighs most, then the keywords (synonyms, what people type), then the body.
 */
export const supportArticles = pgTable(
  'support_articles',
  {
    ...entityColumns,
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    keywords: text('keywords').notNull().default(''),
    position: integer('position').notNull().default(100),
    search: tsvector('search').generatedAlwaysAs(
      sql`setweight(to_tsvector('russian', title), 'A') || setweight(to_tsvector('russian', keywords), 'B') || setweight(to_tsvector('russian', body), 'C')`,
    ),
  },
  (t) => [
    uniqueIndex('support_articles_slug_key').on(t.slug),
    check('support_articles_slug_format', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    index('support_articles_search_idx').using('gin', t.search),
  ],
);

/** Stored answers the operators insert into their replies; kept by the operators and the system admin. */
export const supportCannedAnswers = pgTable('support_canned_answers', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  text: text('text').notNull(),
  ...timestampColumns,
});
