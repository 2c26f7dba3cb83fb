import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns';

/**
 * Request counters of the rate limits (issue 15, item 4): one row per key and fixed window, shared by every
 * server process so N processes allow what one does. A check is one upsert that also reads the previous
 * window (a sliding-window estimate). Keys name what is counted (`route:booking:account:<id>`,
 * `codes:phone:<keyed hash>`), never a phone or e-mail in clear. The purge job deletes rows past
 * `expires_at` (two windows after the window's start).
 */
export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    key: text('key').notNull(),
    windowStart: timestamptz('window_start').notNull(),
    hits: integer('hits').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.key, t.windowStart] }),
    check('rate_limit_counters_hits', sql`${t.hits} > 0`),
    check('rate_limit_counters_key', sql`length(${t.key}) between 1 and 300`),
    index('rate_limit_counters_expires_idx').on(t.expiresAt),
  ],
);
