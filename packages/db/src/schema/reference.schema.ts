import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, text } from 'drizzle-orm/pg-core';

/** The 85 federal subjects (reference data, synchronised from `reference/regions.json` at migrate time). */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull(),
  },
  (t) => [check('regions_code_format', sql`${t.code} ~ '^[0-9]{2}$'`)],
);

/** Specialties and services with their booking flags (reference data). */
export const specialties = pgTable(
  'specialties',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['doctor', 'service'] }).notNull(),
    ageGroup: text('age_group', { enum: ['adult', 'child', 'any'] }).notNull(),
    normMinutes: integer('norm_minutes'),
    defaultSlotMinutes: integer('default_slot_minutes').notNull(),
    selfBooking: boolean('self_booking').notNull(),
    referralRequired: boolean('referral_required').notNull(),
    attachmentRequired: boolean('attachment_required').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    check('specialties_kind', sql`${t.kind} in ('doctor', 'service')`),
    check('specialties_age_group', sql`${t.ageGroup} in ('adult', 'child', 'any')`),
    check('specialties_slot_minutes', sql`${t.defaultSlotMinutes} in (15, 30)`),
  ],
);
