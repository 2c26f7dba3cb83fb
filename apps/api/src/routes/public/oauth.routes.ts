import formbody from '@fastify/formbody';
import { ZOAuthError, ZSmartConfiguration, ZTokenRequestForm, ZTokenResponse } from '@talon/contracts';
import {
  ASSERTION_ALGORITHMS,
  CLIENT_AUTH_METHODS,
  parseBasicCredentials,
  SMART_SCOPES_SUPPORTED,
} from '@talon/core/integration-clients';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { describeRefusal, OAUTH_ERROR_STATUS } from '../../oauth/oauth-errors';
import { originOf } from '../../plugins/auth/auth.plugin';

const FORM = 'application/x-www-form-urlencoded';
/** Token requests per client address per minute, before any client is looked at (the shared counters). */
const TOKEN_REQUESTS_PER_ADDRESS_MINUTE = 300;

const formField = (body: unknown, name: string): string | undefined => {
  const value = (body as Record<string, unknown> | null | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
};

/**
 * OAuth 2.0 for machine clients (issue 14 item 1): the token endpoint (client credentials, with
 * `client_secret_basic` or SMART Backend Services' `private_key_jwt`) and the SMART configuration that
 * describes it. Answers follow RFC 6749 — `{access_token, token_type, expires_in, scope}` or
 * `{error, error_description}` — rather than problem+json, which OAuth clients do not read.
 */
export const oauthRoutes: FastifyPluginAsyncZod<{ tokenUrl: string }> = async (app, { tokenUrl }) => {
  const { integrationClients } = app.services;
  const tags = ['OAuth'];
  // Only this plugin reads form bodies (encapsulated): Fastify parses JSON alone, RFC 6749 wants a form.
  await app.register(formbody, { bodyLimit: 16 * 1024 });

  app.post(
    '/oauth/token',
    {
      config: {
        access: 'public',
        rateLimit: { name: 'oauth-token', max: TOKEN_REQUESTS_PER_ADDRESS_MINUTE, windowSeconds: 60 },
      },
      attachValidation: true,
      schema: {
        tags,
        summary: 'An access token for an integration client (client credentials grant)',
        description:
          'Form body. The client authenticates with `Authorization: Basic` (client_secret_basic) or a signed ' +
          '`client_assertion` (private_key_jwt, RS384/ES384; `jti` is never accepted twice, `exp` at most 5 ' +
          'minutes ahead). The token lives 300 s; the granted scopes are the requested ones cut down to the ' +
          'allowed ones. Limited per client id and address.',
        consumes: [FORM],
        body: ZTokenRequestForm,
        response: { 200: ZTokenResponse, 400: ZOAuthError, 401: ZOAuthError, 429: ZOAuthError },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
      const isForm = (request.headers['content-type'] ?? '').toLowerCase().startsWith(FORM);
      const body = isForm && !request.validationError ? request.body : undefined;
      const authorization = request.headers.authorization;
      const result = await integrationClients.issueToken(null, {
        // A request that is not a well-formed form is refused as one without a grant type.
        grantType: body ? formField(body, 'grant_type') : undefined,
        scope: formField(body, 'scope'),
        clientId: formField(body, 'client_id'),
        clientAssertionType: formField(body, 'client_assertion_type'),
        clientAssertion: formField(body, 'client_assertion'),
        basic: parseBasicCredentials(authorization),
        origin: originOf(request),
      });
      if (result.ok) {
        return {
          access_token: result.accessToken,
          token_type: 'bearer' as const,
          expires_in: result.expiresIn,
          scope: result.scope,
        };
      }
      const status = OAUTH_ERROR_STATUS[result.error];
      if (status === 401 && /^Basic\s/i.test(authorization ?? '')) {
        reply.header('www-authenticate', 'Basic realm="talon-oauth"');
      }
      if (result.retryAfterSeconds !== undefined)
        reply.header('retry-after', String(result.retryAfterSeconds));
      return reply.code(status).send({
        error: result.error,
        error_description: describeRefusal(result.reason, result.retryAfterSeconds),
      });
    },
  );

  app.get(
    '/.well-known/smart-configuration',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'SMART App Launch configuration: the token endpoint of SMART Backend Services',
        response: { 200: ZSmartConfiguration },
      },
    },
    async () => ({
      token_endpoint: tokenUrl,
      token_endpoint_auth_methods_supported: [...CLIENT_AUTH_METHODS],
      token_endpoint_auth_signing_alg_values_supported: [...ASSERTION_ALGORITHMS],
      grant_types_supported: ['client_credentials'],
      scopes_supported: [...SMART_SCOPES_SUPPORTED],
      capabilities: ['client-confidential-asymmetric', 'client-confidential-symmetric', 'permission-v2'],
    }),
  );
};
