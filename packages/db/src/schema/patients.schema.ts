import { SEXES } from '@talon/core/shared';
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { codeRef, entityColumns, inList, isoDate, optionalUuidRef } from './columns';
import { organizations } from './organizations.schema';
import { regions } from './reference.schema';

/**
 * A patient as the clinic knows them. Accounts (login, consent) come with the identity issue and point here.
 * SNILS and OMS are encrypted at rest (AES-256-GCM, docs/domain.md rule 18); look-ups go through a keyed hash.
 */
export const patients = pgTable(
  'patients',
  {
    ...entityColumns,
    surname: text('surname').notNull(),
    name: text('name').notNull(),
    patronymic: text('patronymic'),
    birthDate: isoDate('birth_date').notNull(),
    sex: text('sex', { enum: SEXES }).notNull(),
    /** HMAC-SHA-256 of the normalised SNILS (hex) for look-ups; null for a newborn without one yet. */
    snilsHash: text('snils_hash'),
    snilsEncrypted: text('snils_encrypted'),
    omsHash: text('oms_hash'),
    omsEncrypted: text('oms_encrypted'),
    /** E.164, +7 and 10 digits. */
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    /** The identity document (passport series and number) as the patient's request set it; encrypted (rule 18). */
    identityDocumentEncrypted: text('identity_document_encrypted'),
    regionCode: codeRef('region_code', () => regions.code),
    /** Прикрепление: the clinic and district (участок) the patient is attached to. */
    attachedOrganizationId: optionalUuidRef('attached_organization_id', () => organizations.id),
    attachmentDistrict: text('attachment_district'),
    attachedSince: isoDate('attached_since'),
    /**
     * The clinic whose front desk registered the person in person (a walk-in without an account, issue 13):
     * it makes them known to that clinic's desk before any visit or attachment.
     */
    registeredOrganizationId: optionalUuidRef('registered_organization_id', () => organizations.id),
    privilegedCategory: text('privileged_category'),
    noShowCount: integer('no_show_count').notNull().default(0),
  },
  (t) => [
    check('patients_sex', sql`${t.sex} in (${inList(SEXES)})`),
    check('patients_phone_e164', sql`${t.phone} is null or ${t.phone} ~ '^\\+7[0-9]{10}$'`),
    check('patients_no_show_count', sql`${t.noShowCount} >= 0`),
    uniqueIndex('patients_snils_hash_key').on(t.snilsHash).where(sql`${t.snilsHash} is not null`),
    uniqueIndex('patients_oms_hash_key').on(t.omsHash).where(sql`${t.omsHash} is not null`),
    index('patients_attached_organization_idx').on(t.attachedOrganizationId),
    index('patients_surname_birth_date_idx').on(t.surname, t.birthDate),
  ],
);
