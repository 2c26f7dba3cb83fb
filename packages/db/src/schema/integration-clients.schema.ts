import { CLIENT_AUTH_METHODS, CLIENT_STATUSES } from '@talon/core/integration-clients';
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { entityColumns, inList, optionalUuidRef, timestamptz, uuidRef } from './columns';
import { accounts } from './identity.schema';
import { organizations } from './organizations.schema';

/**
 * A machine client of the FHIR and HL7 APIs (issue 14), registered by the system admin. Its id is the OAuth
 * `client_id`. A `client_secret_basic` client has the SHA-256 of its secret and no keys; a `private_key_jwt`
 * client has exactly one of an inline public JWKS or a JWKS address (the CHECKs hold this).
 */
export const integrationClients = pgTable(
  'integration_clients',
  {
    ...entityColumns,
    name: text('name').notNull(),
    organizationId: optionalUuidRef('organization_id', () => organizations.id, 'restrict'),
    allowedScopes: text('allowed_scopes').array().notNull(),
    authMethod: text('auth_method', { enum: CLIENT_AUTH_METHODS }).notNull(),
    secretHash: text('secret_hash'),
    jwks: jsonb('jwks'),
    jwksUrl: text('jwks_url'),
    status: text('status', { enum: CLIENT_STATUSES }).notNull().default('active'),
    revokedAt: timestamptz('revoked_at'),
    createdByAccountId: optionalUuidRef('created_by_account_id', () => accounts.id),
  },
  (t) => [
    check('integration_clients_auth_method', sql`${t.authMethod} in (${inList(CLIENT_AUTH_METHODS)})`),
    check('integration_clients_status', sql`${t.status} in (${inList(CLIENT_STATUSES)})`),
    check('integration_clients_scopes', sql`cardinality(${t.allowedScopes}) > 0`),
    check(
      'integration_clients_credentials',
      sql`(${t.authMethod} = 'client_secret_basic' and ${t.secretHash} is not null and ${t.jwks} is null and ${t.jwksUrl} is null)
        or (${t.authMethod} = 'private_key_jwt' and ${t.secretHash} is null and (${t.jwks} is null) <> (${t.jwksUrl} is null))`,
    ),
    check('integration_clients_revoked', sql`(${t.status} = 'revoked') = (${t.revokedAt} is not null)`),
  ],
);

/**
 * Access tokens: opaque, stored as SHA-256, looked up on every call (joined with the client's status), so a
 * revoked client's tokens stop at once. Expired rows are deleted when the client next gets a token.
 */
export const integrationClientTokens = pgTable(
  'integration_client_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuidRef('client_id', () => integrationClients.id, 'cascade'),
    tokenHash: text('token_hash').notNull().unique('integration_client_tokens_hash_key'),
    scopes: text('scopes').array().notNull(),
    issuedAt: timestamptz('issued_at').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [
    check('integration_client_tokens_lifetime', sql`${t.expiresAt} > ${t.issuedAt}`),
    index('integration_client_tokens_client_idx').on(t.clientId, t.expiresAt),
  ],
);

/**
 * The `jti` of every client assertion accepted, kept until the assertion expires: the primary key on
 * (client, jti) makes a replayed assertion fail, even when two requests race with it.
 */
export const integrationClientAssertions = pgTable(
  'integration_client_assertions',
  {
    clientId: uuidRef('client_id', () => integrationClients.id, 'cascade'),
    jti: text('jti').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [primaryKey({ name: 'integration_client_assertions_pkey', columns: [t.clientId, t.jti] })],
);
