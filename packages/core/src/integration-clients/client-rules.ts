import { isAllowedPushEndpoint } from '../notifications-delivery';
import { DomainError } from '../shared';
import { parseSystemScope } from './client-principal';
import { IntegrationClientsErrorCode as Code } from './integration-clients.errors';
import {
  ASSERTION_MAX_LIFETIME_SECONDS,
  CLIENT_AUTH_METHODS,
  type ClientAuthMethod,
  type ClientDraft,
  type ClientKeys,
  type PublicJwks,
} from './integration-clients.types';

export const CLIENT_NAME_MAX = 200;
/** Members of a private JWK: a registration carrying any of them is refused (the private key leaked). */
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'];
const LOOPBACK_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i;

/**
 * A JWKS address the API may fetch: https on a public host name, as push endpoints are checked (SSRF); with
 * `allowLoopback` (development and tests) also http(s) on the loopback interface — the tests' key server.
 */
export function isAllowedJwksUrl(url: string, allowLoopback: boolean): boolean {
  if (isAllowedPushEndpoint(url, false)) return true;
  if (!allowLoopback) return false;
  try {
    const parsed = new URL(url);
    return (
      (parsed.protocol === 'http:' || parsed.protocol === 'https:') && LOOPBACK_HOST.test(parsed.hostname)
    );
  } catch {
    return false;
  }
}

/** True for a set of public RSA or EC keys: at least one, none with a private member. */
export function isPublicJwks(jwks: unknown): jwks is PublicJwks {
  if (typeof jwks !== 'object' || jwks === null || !Array.isArray((jwks as PublicJwks).keys)) return false;
  const { keys } = jwks as PublicJwks;
  return (
    keys.length > 0 &&
    keys.every(
      (key) =>
        typeof key === 'object' &&
        key !== null &&
        (key.kty === 'RSA' || key.kty === 'EC') &&
        PRIVATE_JWK_MEMBERS.every((member) => !(member in key)),
    )
  );
}

/** The allowed scopes of a registration, checked one by one, without repeats, sorted. */
function validateAllowedScopes(scopes: readonly string[]): string[] {
  const invalid = scopes.find((scope) => parseSystemScope(scope) === null);
  if (scopes.length === 0 || invalid !== undefined) {
    // The form edits the list as one field: the error is the list's, naming the first bad scope.
    throw new DomainError(Code.INTEGRATION_CLIENT_SCOPE_INVALID, {
      field: 'body.allowedScopes',
      params: { scope: invalid ?? '' },
    });
  }
  return [...new Set(scopes)].sort();
}

export interface ValidClientDraft {
  name: string;
  organizationId: string | null;
  allowedScopes: string[];
  authMethod: ClientAuthMethod;
  /** Null for `client_secret_basic` (the secret is made by the use case). */
  keys: ClientKeys | null;
}

/**
 * A registration as stored: a name, valid scopes, and the means of authentication its method needs —
 * nothing for a secret (one is generated), exactly one of an inline public JWKS or a JWKS address for keys.
 */
export function validateClientDraft(draft: ClientDraft, allowLoopbackJwks: boolean): ValidClientDraft {
  const name = draft.name.trim();
  if (!name || name.length > CLIENT_NAME_MAX) {
    throw new DomainError(Code.INTEGRATION_CLIENT_INVALID, { field: 'body.name' });
  }
  if (!CLIENT_AUTH_METHODS.includes(draft.authMethod)) {
    throw new DomainError(Code.INTEGRATION_CLIENT_INVALID, { field: 'body.authMethod' });
  }
  const allowedScopes = validateAllowedScopes(draft.allowedScopes);
  const base = {
    name,
    organizationId: draft.organizationId ?? null,
    allowedScopes,
    authMethod: draft.authMethod,
  };
  const hasJwks = draft.jwks !== undefined && draft.jwks !== null;
  const hasUrl = typeof draft.jwksUrl === 'string' && draft.jwksUrl !== '';
  if (draft.authMethod === 'client_secret_basic') {
    if (hasJwks || hasUrl) {
      throw new DomainError(Code.INTEGRATION_CLIENT_INVALID, {
        field: hasJwks ? 'body.jwks' : 'body.jwksUrl',
      });
    }
    return { ...base, keys: null };
  }
  if (hasJwks === hasUrl) throw new DomainError(Code.INTEGRATION_CLIENT_INVALID, { field: 'body.jwks' });
  if (hasJwks) {
    if (!isPublicJwks(draft.jwks))
      throw new DomainError(Code.INTEGRATION_CLIENT_INVALID, { field: 'body.jwks' });
    return { ...base, keys: { jwks: draft.jwks } };
  }
  const jwksUrl = draft.jwksUrl as string;
  if (!isAllowedJwksUrl(jwksUrl, allowLoopbackJwks)) {
    throw new DomainError(Code.INTEGRATION_CLIENT_JWKS_URL_INVALID, { field: 'body.jwksUrl' });
  }
  return { ...base, keys: { jwksUrl } };
}

/**
 * The credentials of `Authorization: Basic` (RFC 6749 §2.3.1: the id and the secret form-urlencoded, then
 * joined by a colon and base64-encoded); null when the header is absent, of another scheme or malformed.
 */
export function parseBasicCredentials(
  authorization: string | undefined,
): { clientId: string; secret: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  try {
    const decode = (part: string) => decodeURIComponent(part.replace(/\+/g, ' '));
    return { clientId: decode(decoded.slice(0, colon)), secret: decode(decoded.slice(colon + 1)) };
  } catch {
    return null;
  }
}

/** The token of `Authorization: Bearer <token>` (RFC 6750 §2.1); null otherwise. */
export function parseBearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer\s+([A-Za-z0-9\-._~+/]+=*)\s*$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}

/** The `scope` parameter: space-separated (RFC 6749 §3.3); absent or blank is no scope asked. */
export const parseScopeParameter = (scope: string | undefined): string[] =>
  (scope ?? '').split(' ').filter((s) => s !== '');

/** An assertion's `exp` (seconds) is in the future and no more than five minutes ahead (SMART Backend Services). */
export const isAssertionLifetimeAllowed = (exp: number, now: Date): boolean => {
  const ahead = exp - now.getTime() / 1000;
  return ahead > 0 && ahead <= ASSERTION_MAX_LIFETIME_SECONDS;
};
