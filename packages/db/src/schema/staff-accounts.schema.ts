import { SEXES } from '@talon/core/shared';
import { GRANTABLE_STAFF_ROLES } from '@talon/core/staff-accounts';
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { inList, optionalUuidRef, timestamptz, uuidRef } from './columns';
import { accounts } from './identity.schema';
import { organizations } from './organizations.schema';

/**
 * An invitation of a staff member to a clinic (issue 13 item 3): a one-time link (only its SHA-256 kept)
 * valid 72 hours. One open invitation per contact and clinic: a new one replaces it (`replaced_at`).
 */
export const staffInvitations = pgTable(
  'staff_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** E.164 phone or a lower-cased e-mail. */
    contact: text('contact').notNull(),
    channel: text('channel', { enum: ['email', 'sms'] }).notNull(),
    fullName: text('full_name').notNull(),
    /** For the practitioner row a doctor or nurse gets; null otherwise. */
    sex: text('sex', { enum: SEXES }),
    organizationId: uuidRef('organization_id', () => organizations.id, 'cascade'),
    roles: text('roles').array().notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedByAccountId: optionalUuidRef('invited_by_account_id', () => accounts.id, 'set null'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
    acceptedAt: timestamptz('accepted_at'),
    acceptedAccountId: optionalUuidRef('accepted_account_id', () => accounts.id, 'set null'),
    replacedAt: timestamptz('replaced_at'),
  },
  (t) => [
    check('staff_invitations_channel', sql`${t.channel} in ('email', 'sms')`),
    check(
      'staff_invitations_contact',
      sql`(${t.channel} = 'sms' and ${t.contact} ~ '^\\+7[0-9]{10}$') or (${t.channel} = 'email' and ${t.contact} = lower(${t.contact}) and ${t.contact} like '%@%')`,
    ),
    check(
      'staff_invitations_roles',
      sql`cardinality(${t.roles}) > 0 and ${t.roles} <@ array[${inList(GRANTABLE_STAFF_ROLES)}]::text[]`,
    ),
    check(
      'staff_invitations_expiry',
      sql`${t.expiresAt} > ${t.createdAt} and ${t.expiresAt} <= ${t.createdAt} + interval '72 hours'`,
    ),
    check('staff_invitations_closed_once', sql`${t.acceptedAt} is null or ${t.replacedAt} is null`),
    check('staff_invitations_accepted', sql`${t.acceptedAt} is not null or ${t.acceptedAccountId} is null`),
    uniqueIndex('staff_invitations_token_hash_key').on(t.tokenHash),
    uniqueIndex('staff_invitations_open_key')
      .on(t.contact, t.organizationId)
      .where(sql`${t.acceptedAt} is null and ${t.replacedAt} is null`),
    index('staff_invitations_organization_idx').on(t.organizationId, t.createdAt),
  ],
);
