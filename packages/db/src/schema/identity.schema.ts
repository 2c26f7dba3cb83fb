import { ROLES } from '@talon/core/identity';
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { entityColumns, inList, optionalCodeRef, optionalUuidRef, timestamptz, uuidRef } from './columns';
import { organizations } from './organizations.schema';
import { patients } from './patients.schema';
import { practitioners } from './practitioners.schema';
import { regions } from './reference.schema';

export const ONE_TIME_CODE_PURPOSES = [
  'registration',
  'login_mfa',
  'password_reset',
  'ward_consent',
  'contact_change',
] as const;

/**
 * A login: who may sign in and how. The person behind it is a patient row, a practitioner row, or both
 * (a doctor is also a patient); registrars and admins may have neither, hence the display name here.
 */
export const accounts = pgTable(
  'accounts',
  {
    ...entityColumns,
    displayName: text('display_name').notNull(),
    patientId: optionalUuidRef('patient_id', () => patients.id, 'restrict'),
    practitionerId: optionalUuidRef('practitioner_id', () => practitioners.id, 'restrict'),
    /** E.164, +7 and 10 digits. */
    phone: text('phone'),
    /** Lower-cased. */
    email: text('email'),
    /** Keyed hash of the SNILS, for login by SNILS. */
    snilsHash: text('snils_hash'),
    /** argon2id; null for an account that only signs in through an external identity provider. */
    passwordHash: text('password_hash'),
    passwordChangedAt: timestamptz('password_changed_at'),
    status: text('status', { enum: ['unconfirmed', 'active', 'blocked'] })
      .notNull()
      .default('active'),
    /** Encrypted base32 TOTP secret; `totpEnabledAt` is set once the first code has been verified. */
    totpSecretEncrypted: text('totp_secret_encrypted'),
    totpEnabledAt: timestamptz('totp_enabled_at'),
    /** The 30-second step of the last TOTP code accepted: a code works once (ASVS 2.8.4). */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    smsMfaEnabled: boolean('sms_mfa_enabled').notNull().default(false),
    /** Consecutive failed logins; reset by a success. */
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: timestamptz('locked_until'),
    /** Why and when an admin blocked the account (docs/identity.md «Staff accounts»); null when not blocked. */
    blockedAt: timestamptz('blocked_at'),
    blockedReason: text('blocked_reason'),
  },
  (t) => [
    check('accounts_phone_e164', sql`${t.phone} is null or ${t.phone} ~ '^\\+7[0-9]{10}$'`),
    check('accounts_email_lower', sql`${t.email} is null or ${t.email} = lower(${t.email})`),
    check('accounts_status', sql`${t.status} in ('unconfirmed', 'active', 'blocked')`),
    check('accounts_failed_login_count', sql`${t.failedLoginCount} >= 0`),
    uniqueIndex('accounts_phone_key').on(t.phone).where(sql`${t.phone} is not null`),
    uniqueIndex('accounts_email_key').on(t.email).where(sql`${t.email} is not null`),
    uniqueIndex('accounts_snils_hash_key').on(t.snilsHash).where(sql`${t.snilsHash} is not null`),
    uniqueIndex('accounts_patient_key').on(t.patientId).where(sql`${t.patientId} is not null`),
    uniqueIndex('accounts_practitioner_key').on(t.practitionerId).where(sql`${t.practitionerId} is not null`),
  ],
);

/**
 * A role held by an account: staff roles within one organization; a call-centre operator's for a region
 * (the clinics of that region, docs/domain.md §1); patient and system admin within neither.
 */
export const accountRoles = pgTable(
  'account_roles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuidRef('account_id', () => accounts.id, 'cascade'),
    role: text('role', { enum: ROLES }).notNull(),
    organizationId: optionalUuidRef('organization_id', () => organizations.id, 'cascade'),
    regionCode: optionalCodeRef('region_code', () => regions.code),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('account_roles_role', sql`${t.role} in (${inList(ROLES)})`),
    check(
      'account_roles_organization',
      sql`(${t.role} in ('patient', 'call_centre', 'system_admin', 'support')) = (${t.organizationId} is null)`,
    ),
    check('account_roles_region', sql`(${t.role} = 'call_centre') = (${t.regionCode} is not null)`),
    unique('account_roles_key').on(t.accountId, t.role, t.organizationId, t.regionCode).nullsNotDistinct(),
    // A clinic's staff (the staff list, «Клиники» counts) without scanning every grant.
    index('account_roles_organization_idx').on(t.organizationId, t.role),
  ],
);

/** A registration waiting for its phone to be confirmed; the form data is kept encrypted until then. */
export const registrations = pgTable(
  'registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    snilsHash: text('snils_hash').notNull(),
    phone: text('phone').notNull(),
    /** The whole form (with the password already hashed), encrypted. */
    payloadEncrypted: text('payload_encrypted').notNull(),
    consentVersion: text('consent_version').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
    completedAt: timestamptz('completed_at'),
    accountId: optionalUuidRef('account_id', () => accounts.id),
  },
  (t) => [
    index('registrations_snils_hash_idx').on(t.snilsHash),
    // An open registration for a phone is reused rather than a new code sent (issue 15, item 4).
    index('registrations_open_phone_idx').on(t.phone, t.expiresAt).where(sql`${t.completedAt} is null`),
    index('registrations_expires_idx').on(t.expiresAt),
  ],
);

/**
 * One-time codes (docs/domain.md rule 12): stored hashed, short-lived, dead after 3 wrong entries. The subject is
 * what the code unlocks (a registration, an account, a representative link).
 */
export const oneTimeCodes = pgTable(
  'one_time_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    purpose: text('purpose', { enum: ONE_TIME_CODE_PURPOSES }).notNull(),
    subjectId: text('subject_id').notNull(),
    channel: text('channel', { enum: ['sms', 'email'] }).notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
    consumedAt: timestamptz('consumed_at'),
    /** Set when the code died of wrong entries; no new code is issued for the subject until the cool-down. */
    diedAt: timestamptz('died_at'),
  },
  (t) => [
    check('one_time_codes_attempts', sql`${t.attempts} between 0 and 3`),
    check('one_time_codes_channel', sql`${t.channel} in ('sms', 'email')`),
    index('one_time_codes_subject_idx').on(t.purpose, t.subjectId, t.createdAt),
    index('one_time_codes_expires_idx').on(t.expiresAt),
  ],
);

/**
 * Server-side sessions (docs/domain.md rule 15). Only a hash of the token is stored, so a copy of this table does
 * not let anyone sign in. `mfaPending` sessions may only complete the second factor.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique('sessions_token_hash_key'),
    accountId: uuidRef('account_id', () => accounts.id, 'cascade'),
    transport: text('transport', { enum: ['cookie', 'bearer'] }).notNull(),
    /** Synchroniser token for cookie sessions: every state change must echo it in `X-CSRF-Token`. */
    csrfToken: text('csrf_token'),
    mfaPending: boolean('mfa_pending').notNull().default(false),
    /** How the person signed in: password, password+totp, password+sms, recovery code, oidc. */
    method: text('method').notNull(),
    idleTimeoutSeconds: integer('idle_timeout_seconds').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    lastSeenAt: timestamptz('last_seen_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
    endedAt: timestamptz('ended_at'),
    endReason: text('end_reason'),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    check('sessions_transport', sql`${t.transport} in ('cookie', 'bearer')`),
    check('sessions_idle_timeout', sql`${t.idleTimeoutSeconds} > 0`),
    index('sessions_account_idx').on(t.accountId, t.createdAt),
    index('sessions_expires_idx').on(t.expiresAt),
  ],
);

/**
 * Failed logins, for throttling per account and per address (successes are never recorded or limited).
 * A failure for a login that names no account keeps a keyed hash of the login instead (`login_hash`), so an
 * unknown login locks exactly like a known one and the lockout tells nobody which accounts exist.
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    accountId: optionalUuidRef('account_id', () => accounts.id, 'cascade'),
    loginHash: text('login_hash'),
    ip: text('ip').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('login_failures_account_idx').on(t.accountId, t.createdAt),
    index('login_failures_login_idx').on(t.loginHash, t.createdAt).where(sql`${t.loginHash} is not null`),
    index('login_failures_ip_idx').on(t.ip, t.createdAt),
    index('login_failures_created_idx').on(t.createdAt),
  ],
);

/** One-time recovery codes for a lost authenticator, stored hashed. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuidRef('account_id', () => accounts.id, 'cascade'),
    codeHash: text('code_hash').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    usedAt: timestamptz('used_at'),
  },
  (t) => [index('recovery_codes_account_idx').on(t.accountId)],
);

/** An account linked to an external identity provider's subject (OpenID Connect). */
export const externalIdentities = pgTable(
  'external_identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuidRef('account_id', () => accounts.id, 'cascade'),
    provider: text('provider').notNull(),
    subject: text('subject').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [unique('external_identities_key').on(t.provider, t.subject)],
);

/**
 * Consent (docs/domain.md rule 19): to the processing of personal data (versioned text, at registration), to an
 * organization's access, or an adult's consent to be booked by another person (`granteePatientId`).
 */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    accountId: optionalUuidRef('account_id', () => accounts.id),
    purpose: text('purpose', { enum: ['personal_data', 'data_sharing', 'booking_on_behalf'] }).notNull(),
    textVersion: text('text_version').notNull(),
    organizationId: optionalUuidRef('organization_id', () => organizations.id, 'cascade'),
    granteePatientId: optionalUuidRef('grantee_patient_id', () => patients.id, 'cascade'),
    grantedAt: timestamptz('granted_at').notNull().defaultNow(),
    revokedAt: timestamptz('revoked_at'),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    check('consents_purpose', sql`${t.purpose} in ('personal_data', 'data_sharing', 'booking_on_behalf')`),
    index('consents_patient_idx').on(t.patientId, t.purpose),
  ],
);

/** "Break the glass": a practitioner's emergency access to a record outside any care relation. */
export const emergencyAccesses = pgTable(
  'emergency_accesses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuidRef('account_id', () => accounts.id, 'cascade'),
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    /** Why the glass was broken: free text that may describe the patient's state, so encrypted (rule 18). */
    reasonEncrypted: text('reason_encrypted'),
    /** Plaintext of earlier releases: moved into `reason_encrypted` at start, never written. */
    legacyReason: text('reason'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [index('emergency_accesses_account_idx').on(t.accountId, t.patientId, t.expiresAt)],
);

/**
 * A data-subject request under 152-ФЗ (docs/domain.md rule 19): access (export), correction or deletion, with the
 * legal deadline computed when it is received.
 */
export const dataRequests = pgTable(
  'data_requests',
  {
    ...entityColumns,
    patientId: uuidRef('patient_id', () => patients.id, 'cascade'),
    accountId: optionalUuidRef('account_id', () => accounts.id),
    kind: text('kind', { enum: ['access', 'correction', 'deletion'] }).notNull(),
    status: text('status', { enum: ['received', 'in_progress', 'done', 'rejected'] })
      .notNull()
      .default('received'),
    detailsEncrypted: text('details_encrypted'),
    dueAt: timestamptz('due_at').notNull(),
    closedAt: timestamptz('closed_at'),
  },
  (t) => [
    check('data_requests_kind', sql`${t.kind} in ('access', 'correction', 'deletion')`),
    check('data_requests_status', sql`${t.status} in ('received', 'in_progress', 'done', 'rejected')`),
    index('data_requests_open_idx').on(t.status, t.dueAt),
    index('data_requests_patient_idx').on(t.patientId),
  ],
);
