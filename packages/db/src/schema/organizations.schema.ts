import type { OpeningHoursEntry } from '@talon/core/directory';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { codeRef, entityColumns, uuidRef } from './columns';
import { regions } from './reference.schema';

/** A medical organisation (МО): a clinic, hospital, dental or diagnostic centre. */
export const organizations = pgTable(
  'organizations',
  {
    ...entityColumns,
    regionCode: codeRef('region_code', () => regions.code),
    registryCode: text('registry_code').notNull().unique(),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    kind: text('kind', {
      enum: ['polyclinic', 'children_polyclinic', 'hospital', 'dental', 'womens_clinic', 'diagnostic_centre'],
    }).notNull(),
    address: text('address').notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    /** IANA zone; every time of this clinic is shown in it. */
    timeZone: text('time_zone').notNull(),
    phone: text('phone'),
    /** ОГРН (13 digits): printed with the requisites on the clinic's documents; null until it is entered. */
    ogrn: text('ogrn'),
    website: text('website'),
    openingHours: jsonb('opening_hours').$type<OpeningHoursEntry[]>().notNull().default([]),
    bookingHorizonDays: integer('booking_horizon_days').notNull().default(14),
    minNoticeMinutes: integer('min_notice_minutes').notNull().default(60),
    cancellationWindowHours: integer('cancellation_window_hours').notNull().default(24),
    /** Name, short name and address normalised by `normalizeForSearch` (lower case, ё → е). */
    searchText: text('search_text').notNull(),
    isActive: boolean('is_active').notNull().default(true),
  },
  (t) => [
    check(
      'organizations_kind',
      sql`${t.kind} in ('polyclinic', 'children_polyclinic', 'hospital', 'dental', 'womens_clinic', 'diagnostic_centre')`,
    ),
    check('organizations_coordinates', sql`${t.lat} between -90 and 90 and ${t.lon} between -180 and 180`),
    // Horizon: 14 days by default, 30 at most (product brief).
    check('organizations_horizon', sql`${t.bookingHorizonDays} between 1 and 30`),
    // The check digit rule of `parseOgrn` (core identifiers): the first 12 digits mod 11, then mod 10.
    check(
      'organizations_ogrn',
      sql`${t.ogrn} is null or (${t.ogrn} ~ '^[1-9][0-9]{12}$' and (left(${t.ogrn}, 12)::bigint % 11) % 10 = right(${t.ogrn}, 1)::int)`,
    ),
    unique('organizations_ogrn_key').on(t.ogrn),
    check('organizations_min_notice', sql`${t.minNoticeMinutes} >= 0`),
    check('organizations_cancellation_window', sql`${t.cancellationWindowHours} >= 0`),
    index('organizations_region_kind_idx').on(t.regionCode, t.kind),
    index('organizations_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);

/** A room (кабинет) of an organisation. */
export const locations = pgTable(
  'locations',
  {
    ...entityColumns,
    organizationId: uuidRef('organization_id', () => organizations.id, 'cascade'),
    room: text('room').notNull(),
    floor: integer('floor'),
    name: text('name'),
  },
  (t) => [unique('locations_organization_room_key').on(t.organizationId, t.room)],
);
