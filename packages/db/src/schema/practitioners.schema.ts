import { SEXES } from '@talon/core/shared';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { codeRef, entityColumns, inList, isoDate, optionalUuidRef, uuidRef } from './columns';
import { locations, organizations } from './organizations.schema';
import { specialties } from './reference.schema';

export type EducationRow = { institution: string; year: number; qualification: string }[];

/** A doctor or nurse: the person, independent of where they work. */
export const practitioners = pgTable(
  'practitioners',
  {
    ...entityColumns,
    surname: text('surname').notNull(),
    name: text('name').notNull(),
    patronymic: text('patronymic'),
    sex: text('sex', { enum: SEXES }).notNull(),
    photoUrl: text('photo_url'),
    qualificationCategory: text('qualification_category', { enum: ['none', 'second', 'first', 'highest'] })
      .notNull()
      .default('none'),
    experienceSince: isoDate('experience_since').notNull(),
    education: jsonb('education').$type<EducationRow>().notNull().default([]),
    /** ISO 639-1 codes. */
    languages: text('languages').array().notNull().default(sql`'{ru}'::text[]`),
    about: text('about'),
    /** Mean review score; kept up to date when reviews arrive (reviews come with the booking issue). */
    rating: numeric('rating', { precision: 3, scale: 2, mode: 'number' }),
    reviewsCount: integer('reviews_count').notNull().default(0),
    /** Full name normalised by `normalizeForSearch`. */
    searchText: text('search_text').notNull(),
    isActive: boolean('is_active').notNull().default(true),
  },
  (t) => [
    check('practitioners_sex', sql`${t.sex} in (${inList(SEXES)})`),
    check(
      'practitioners_category',
      sql`${t.qualificationCategory} in ('none', 'second', 'first', 'highest')`,
    ),
    check('practitioners_rating', sql`${t.rating} is null or ${t.rating} between 1 and 5`),
    check('practitioners_reviews_count', sql`${t.reviewsCount} >= 0`),
    index('practitioners_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);

/** PractitionerRole: a practitioner works in an organisation in a specialty, maybe in a fixed room. */
export const practitionerRoles = pgTable(
  'practitioner_roles',
  {
    ...entityColumns,
    practitionerId: uuidRef('practitioner_id', () => practitioners.id, 'cascade'),
    organizationId: uuidRef('organization_id', () => organizations.id, 'cascade'),
    specialtyCode: codeRef('specialty_code', () => specialties.code),
    locationId: optionalUuidRef('location_id', () => locations.id),
    isActive: boolean('is_active').notNull().default(true),
    /** The first day of work in this position at the clinic (the work-experience certificate, issue 12 item 9). */
    employedSince: isoDate('employed_since').notNull().default(sql`current_date`),
    /**
     * A regional MIS's Schedule for this role (docs/fhir.md «Schedules from a regional MIS»): its identifier
     * (system and value) and whether the MIS keeps it active; all null while no MIS has claimed the role.
     */
    externalSystem: text('external_system'),
    externalId: text('external_id'),
    externalActive: boolean('external_active'),
  },
  (t) => [
    unique('practitioner_roles_unique').on(t.practitionerId, t.organizationId, t.specialtyCode),
    uniqueIndex('practitioner_roles_external_key')
      .on(t.externalSystem, t.externalId)
      .where(sql`${t.externalId} is not null`),
    check(
      'practitioner_roles_external',
      sql`(${t.externalSystem} is null) = (${t.externalId} is null) and (${t.externalId} is null) = (${t.externalActive} is null)`,
    ),
    index('practitioner_roles_organization_idx').on(t.organizationId, t.specialtyCode),
    index('practitioner_roles_specialty_idx').on(t.specialtyCode, t.organizationId),
  ],
);
