import {
  ASSERTION_ALGORITHMS,
  type AssertionVerifier,
  type ClientKeys,
} from '@talon/core/integration-clients';
import { createLocalJWKSet, createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from 'jose';

/** How long a JWKS fetch may take, and how long its keys are kept before the address is asked again. */
const JWKS_TIMEOUT_MS = 3_000;
const JWKS_CACHE_MS = 10 * 60_000;

/**
 * Client assertions checked with `jose` (RFC 7523, SMART Backend Services): the signature by one of the
 * client's keys with RS384/ES384 (or RS256/ES256), `iss` = `sub` = the client id, `aud` = the token URL,
 * `exp` and `jti` present. Remote key sets are kept per address (jose refetches on an unknown `kid`, at most
 * every 30 s); a key server that does not answer in 3 s fails the assertion rather than the request.
 */
export function createAssertionVerifier(): AssertionVerifier {
  const remote = new Map<string, JWTVerifyGetKey>();
  const keySet = (keys: ClientKeys): JWTVerifyGetKey => {
    if ('jwks' in keys) return createLocalJWKSet(keys.jwks as Parameters<typeof createLocalJWKSet>[0]);
    let set = remote.get(keys.jwksUrl);
    if (!set) {
      set = createRemoteJWKSet(new URL(keys.jwksUrl), {
        timeoutDuration: JWKS_TIMEOUT_MS,
        cacheMaxAge: JWKS_CACHE_MS,
      });
      remote.set(keys.jwksUrl, set);
    }
    return set;
  };
  return {
    async verify(assertion, keys, expected) {
      try {
        const { payload } = await jwtVerify(assertion, keySet(keys), {
          algorithms: [...ASSERTION_ALGORITHMS],
          issuer: expected.clientId,
          subject: expected.clientId,
          audience: expected.audience,
          requiredClaims: ['exp', 'jti'],
          currentDate: expected.at,
        });
        return typeof payload.jti === 'string' && typeof payload.exp === 'number'
          ? { jti: payload.jti, exp: payload.exp }
          : null;
      } catch {
        return null;
      }
    },
  };
}
