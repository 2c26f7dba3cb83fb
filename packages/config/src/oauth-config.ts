import { z } from 'zod';
import { blankAsUndefined } from './env-values';

/** The integration clients' variables (docs/oauth.md, «Rate limits»), spread into the environment's schema. */
export const oauthEnvShape = {
  OAUTH_CLIENT_CALLS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  OAUTH_TOKEN_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
  OAUTH_ALLOW_LOOPBACK_JWKS: z.preprocess(blankAsUndefined, z.enum(['0', '1']).optional()),
};

/**
 * Integration clients: FHIR/HL7 calls per client per minute, token requests per client id and address per
 * minute, and whether a JWKS address may be http on loopback (development and tests, never production).
 */
export type OAuthConfig = Readonly<{
  clientCallsPerMinute: number;
  tokenRequestsPerMinute: number;
  allowLoopbackJwks: boolean;
}>;

export const oauthConfig = (e: {
  NODE_ENV: string;
  OAUTH_CLIENT_CALLS_PER_MINUTE: number;
  OAUTH_TOKEN_REQUESTS_PER_MINUTE: number;
  OAUTH_ALLOW_LOOPBACK_JWKS?: '0' | '1' | undefined;
}): OAuthConfig =>
  Object.freeze({
    clientCallsPerMinute: e.OAUTH_CLIENT_CALLS_PER_MINUTE,
    tokenRequestsPerMinute: e.OAUTH_TOKEN_REQUESTS_PER_MINUTE,
    allowLoopbackJwks: e.NODE_ENV !== 'production' && (e.OAUTH_ALLOW_LOOPBACK_JWKS ?? '1') === '1',
  });
