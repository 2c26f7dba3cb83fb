import { z } from './zod';

/** Integration clients and OAuth 2.0 for machine clients (issue 14 item 1; docs/oauth.md). */

const ZInstant = z.iso.datetime({ offset: true });

/** core's CLIENT_AUTH_METHODS (checked by apps/api/src/contracts-mirror-core.test.ts). */
export const INTEGRATION_CLIENT_AUTH_METHODS = ['client_secret_basic', 'private_key_jwt'] as const;
const ZAuthMethod = z.enum(INTEGRATION_CLIENT_AUTH_METHODS);

const ZSystemScope = z
  .string()
  .max(100)
  .describe('A SMART v2 system scope: `system/<Type or *>.<c?r?u?d?s?>`, e.g. `system/Slot.rs`');

export const ZIntegrationClient = z
  .object({
    id: z.uuid().describe('The OAuth `client_id`'),
    name: z.string(),
    organizationId: z.uuid().nullable().describe('The organisation it acts for; null: region-wide'),
    organizationName: z.string().nullable(),
    allowedScopes: z.array(z.string()),
    authMethod: ZAuthMethod,
    jwksUrl: z.string().nullable().describe('For private_key_jwt with keys at an address; null otherwise'),
    status: z.enum(['active', 'revoked']),
    createdAt: ZInstant,
    revokedAt: ZInstant.nullable(),
  })
  .meta({ id: 'IntegrationClient' });
export type TIntegrationClient = z.infer<typeof ZIntegrationClient>;

export const ZIntegrationClientList = z
  .object({ items: z.array(ZIntegrationClient) })
  .meta({ id: 'IntegrationClientList' });

const ZPublicJwk = z.looseObject({ kty: z.string() });

export const ZIntegrationClientBody = z
  .object({
    name: z.string().min(1).max(200),
    organizationId: z.uuid().nullish(),
    allowedScopes: z.array(ZSystemScope).min(1).max(100),
    authMethod: ZAuthMethod,
    jwks: z
      .object({ keys: z.array(ZPublicJwk).min(1).max(20) })
      .nullish()
      .describe('private_key_jwt: the public key set (RSA or EC), or give jwksUrl'),
    jwksUrl: z
      .string()
      .max(2000)
      .nullish()
      .describe('private_key_jwt: where the public key set is served, https'),
  })
  .meta({ id: 'IntegrationClientBody' });
export type TIntegrationClientBody = z.infer<typeof ZIntegrationClientBody>;

export const ZRegisteredIntegrationClient = z
  .object({
    client: ZIntegrationClient,
    clientSecret: z
      .string()
      .nullable()
      .describe('client_secret_basic: the secret, shown this once and never again (only its hash is kept)'),
  })
  .meta({ id: 'RegisteredIntegrationClient' });

export const ZIntegrationClientParams = z.object({ id: z.uuid() });

/** The form of `POST /oauth/token` (application/x-www-form-urlencoded; RFC 6749 §4.4, RFC 7523). */
export const ZTokenRequestForm = z
  .object({
    grant_type: z.string().optional().describe('client_credentials'),
    scope: z
      .string()
      .optional()
      .describe('Space-separated SMART v2 system scopes; all allowed when left out'),
    client_id: z.string().optional(),
    client_assertion_type: z
      .string()
      .optional()
      .describe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer (private_key_jwt)'),
    client_assertion: z.string().optional().describe('The signed JWT (private_key_jwt)'),
  })
  .meta({ id: 'TokenRequestForm' });

export const ZTokenResponse = z
  .object({
    access_token: z.string(),
    token_type: z.literal('bearer'),
    expires_in: z.number().int().describe('Seconds: 300'),
    scope: z.string().describe('The granted scopes: requested ∩ allowed, space-separated'),
  })
  .meta({ id: 'TokenResponse' });

export const ZOAuthError = z
  .object({
    error: z.enum([
      'invalid_request',
      'invalid_client',
      'invalid_grant',
      'invalid_scope',
      'unsupported_grant_type',
      'rate_limited',
    ]),
    error_description: z.string().describe('In Russian'),
  })
  .meta({ id: 'OAuthError' });

export const ZSmartConfiguration = z
  .object({
    token_endpoint: z.string(),
    token_endpoint_auth_methods_supported: z.array(z.string()),
    token_endpoint_auth_signing_alg_values_supported: z.array(z.string()),
    grant_types_supported: z.array(z.string()),
    scopes_supported: z.array(z.string()),
    capabilities: z.array(z.string()),
  })
  .meta({ id: 'SmartConfiguration' });
