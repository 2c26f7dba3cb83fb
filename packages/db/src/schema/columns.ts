import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Columns every entity table has. Time is always `timestamptz`. */
export const entityColumns = {
  id: uuid('id').primaryKey().defaultRandom(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};
