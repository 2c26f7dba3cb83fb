import { AuditAction } from '../audit';
import { grantScopes } from './client-principal';
import { isAssertionLifetimeAllowed, parseScopeParameter } from './client-rules';
import type { IntegrationClientsDeps } from './integration-clients.ports';
import {
  type ClientCredentials,
  JWT_BEARER_ASSERTION_TYPE,
  type OAuthErrorCode,
  type OAuthRefusalReason,
  TOKEN_LIFETIME_SECONDS,
  type TokenRequest,
  type TokenResult,
} from './integration-clients.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The OAuth error of each refusal (RFC 6749 §5.2): a client that fails to authenticate is `invalid_client`. */
const ERROR_OF: Record<OAuthRefusalReason, OAuthErrorCode> = {
  bad_request: 'invalid_request',
  unsupported_grant_type: 'unsupported_grant_type',
  no_credentials: 'invalid_client',
  unknown_client: 'invalid_client',
  wrong_secret: 'invalid_client',
  wrong_method: 'invalid_client',
  revoked: 'invalid_client',
  bad_assertion: 'invalid_client',
  assertion_too_long: 'invalid_client',
  assertion_reused: 'invalid_client',
  no_scope_allowed: 'invalid_scope',
  rate_limited: 'rate_limited',
};

class Refusal {
  constructor(
    readonly reason: OAuthRefusalReason,
    readonly retryAfterSeconds?: number,
  ) {}
}

/** The `iss` of a JWT, read without checking it: only to find the client whose keys will check it. */
export function unverifiedIssuer(assertion: string): string | null {
  const payload = assertion.split('.')[1];
  if (!payload) return null;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const iss = (claims as { iss?: unknown } | null)?.iss;
    return typeof iss === 'string' ? iss : null;
  } catch {
    return null;
  }
}

/** Which client the request claims to be, and how it proves it; a refusal for a malformed request. */
function claimedClient(request: TokenRequest): { clientId: string; method: 'basic' | 'jwt' } {
  if (!request.grantType) throw new Refusal('bad_request');
  if (request.grantType !== 'client_credentials') throw new Refusal('unsupported_grant_type');
  const hasAssertion = request.clientAssertion !== undefined || request.clientAssertionType !== undefined;
  if (request.basic && hasAssertion) throw new Refusal('bad_request');
  if (request.basic) {
    if (request.clientId !== undefined && request.clientId !== request.basic.clientId) {
      throw new Refusal('bad_request');
    }
    return { clientId: request.basic.clientId, method: 'basic' };
  }
  if (!hasAssertion) throw new Refusal('no_credentials');
  if (request.clientAssertionType !== JWT_BEARER_ASSERTION_TYPE || !request.clientAssertion) {
    throw new Refusal('bad_request');
  }
  const issuer = unverifiedIssuer(request.clientAssertion);
  if (!issuer) throw new Refusal('bad_assertion');
  if (request.clientId !== undefined && request.clientId !== issuer) throw new Refusal('bad_request');
  return { clientId: issuer, method: 'jwt' };
}

/** The client, if it proved itself; the `jti` to remember for an assertion. */
async function authenticateClient(
  deps: IntegrationClientsDeps,
  request: TokenRequest,
  claimed: { clientId: string; method: 'basic' | 'jwt' },
): Promise<{ client: ClientCredentials; assertion: { jti: string; expiresAt: Date } | null }> {
  const client = UUID.test(claimed.clientId)
    ? await deps.store.read((repos) => repos.clients.credentials(claimed.clientId.toLowerCase()))
    : null;
  if (!client) throw new Refusal('unknown_client');
  if (client.status !== 'active') throw new Refusal('revoked');
  if (claimed.method === 'basic') {
    if (client.authMethod !== 'client_secret_basic' || !client.secretHash) throw new Refusal('wrong_method');
    const presented = deps.secrets.hashToken(request.basic?.secret ?? '');
    if (!deps.secrets.hashesEqual(presented, client.secretHash)) throw new Refusal('wrong_secret');
    return { client, assertion: null };
  }
  if (client.authMethod !== 'private_key_jwt' || !client.keys) throw new Refusal('wrong_method');
  const claims = await deps.assertions.verify(request.clientAssertion ?? '', client.keys, {
    clientId: client.id,
    audience: deps.tokenUrl,
    at: deps.clock.now(),
  });
  if (!claims) throw new Refusal('bad_assertion');
  if (!isAssertionLifetimeAllowed(claims.exp, deps.clock.now())) throw new Refusal('assertion_too_long');
  return { client, assertion: { jti: claims.jti, expiresAt: new Date(claims.exp * 1000) } };
}

/**
 * `POST /oauth/token`, client credentials grant (issue 14; RFC 6749 §4.4, SMART Backend Services). The
 * client authenticates with `client_secret_basic` or a `private_key_jwt` assertion whose `jti` is never
 * accepted twice; it gets an opaque token for `TOKEN_LIFETIME_SECONDS` with the requested scopes cut down to
 * its allowed ones (`grantScopes`). Requests are limited per client id and address. Every answer, issued or
 * refused, is audited as `oauth.token` (a refusal with its reason).
 */
export async function issueToken(
  deps: IntegrationClientsDeps,
  _principal: null,
  request: TokenRequest,
): Promise<TokenResult> {
  const now = deps.clock.now();
  let clientId: string | null = null;
  try {
    const claimed = claimedClient(request);
    clientId = UUID.test(claimed.clientId) ? claimed.clientId.toLowerCase() : null;
    const verdict = await deps.rateLimiter.hit(
      `oauth-token:${claimed.clientId}:${request.origin.ip}`,
      { max: deps.limits.tokenRequestsPerMinute, windowSeconds: 60 },
      now,
    );
    if (!verdict.allowed) throw new Refusal('rate_limited', verdict.retryAfterSeconds);
    const { client, assertion } = await authenticateClient(deps, request, claimed);
    const scopes = grantScopes(parseScopeParameter(request.scope), client.allowedScopes);
    if (scopes.length === 0) throw new Refusal('no_scope_allowed');
    const accessToken = deps.secrets.newToken();
    return await deps.store.transaction(async (repos): Promise<TokenResult> => {
      if (
        assertion &&
        !(await repos.clients.rememberAssertion(client.id, assertion.jti, assertion.expiresAt))
      ) {
        throw new Refusal('assertion_reused');
      }
      await repos.clients.purgeExpired(client.id, now);
      const tokenId = await repos.clients.createToken({
        clientId: client.id,
        tokenHash: deps.secrets.hashToken(accessToken),
        scopes,
        issuedAt: now,
        expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_SECONDS * 1000),
      });
      await repos.audit.record({
        actorAccountId: null,
        actorRole: 'integration_client',
        action: AuditAction.OAUTH_TOKEN,
        outcome: 'success',
        recordType: 'integration_client',
        recordId: client.id,
        ip: request.origin.ip,
        userAgent: request.origin.userAgent,
        details: { clientId: client.id, tokenId, scopes, method: client.authMethod },
        occurredAt: now,
      });
      return {
        ok: true,
        accessToken,
        expiresIn: TOKEN_LIFETIME_SECONDS,
        scope: scopes.join(' '),
        clientId: client.id,
      };
    });
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    // The refusal is recorded on its own: a failed transaction's entry would roll back with it.
    await deps.store.transaction((repos) =>
      repos.audit.record({
        actorAccountId: null,
        actorRole: 'integration_client',
        action: AuditAction.OAUTH_TOKEN,
        outcome: 'failure',
        reason: error.reason,
        recordType: 'integration_client',
        recordId: clientId,
        ip: request.origin.ip,
        userAgent: request.origin.userAgent,
        details: { clientId },
        occurredAt: now,
      }),
    );
    return {
      ok: false,
      error: ERROR_OF[error.reason],
      reason: error.reason,
      ...(error.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: error.retryAfterSeconds }),
    };
  }
}
