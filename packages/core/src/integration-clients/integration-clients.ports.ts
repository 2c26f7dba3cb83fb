import type { AuditLog } from '../audit';
import type { IdentitySecrets } from '../identity';
import type { Clock, TransactionalStore } from '../shared';
import type { ValidClientDraft } from './client-rules';
import type { ClientCredentials, ClientKeys, IntegrationClient } from './integration-clients.types';

/** A live access token, as the bearer check finds it (the client active, the token not expired). */
export interface LiveToken {
  tokenId: string;
  clientId: string;
  organizationId: string | null;
  scopes: string[];
}

export interface IntegrationClientRepository {
  /** Every client, newest first, with its organisation's name. */
  list(): Promise<IntegrationClient[]>;
  findById(id: string): Promise<IntegrationClient | null>;
  organizationExists(id: string): Promise<boolean>;
  create(
    client: ValidClientDraft & { secretHash: string | null; createdByAccountId: string; createdAt: Date },
  ): Promise<string>;
  /** Marks the client revoked and deletes its tokens; false when it was not active. */
  revoke(id: string, at: Date): Promise<boolean>;
  /** What the token endpoint checks a client against; null for an unknown id. */
  credentials(id: string): Promise<ClientCredentials | null>;
  /**
   * Remembers an assertion's `jti` until its expiry; false when the client used it already. A unique key on
   * (client, jti) decides, so two requests racing with one assertion cannot both win.
   */
  rememberAssertion(clientId: string, jti: string, expiresAt: Date): Promise<boolean>;
  createToken(token: {
    clientId: string;
    tokenHash: string;
    scopes: readonly string[];
    issuedAt: Date;
    expiresAt: Date;
  }): Promise<string>;
  /** The token of this hash if it is unexpired and its client active (one lookup per call: revocation is immediate). */
  findLiveToken(tokenHash: string, now: Date): Promise<LiveToken | null>;
  /** Deletes the client's expired tokens and remembered assertions. */
  purgeExpired(clientId: string, now: Date): Promise<void>;
}

export interface IntegrationClientsRepos {
  clients: IntegrationClientRepository;
  audit: AuditLog;
}

/** A shared sliding-window counter (the API's `rate_limit_counters`). */
export interface RateLimiter {
  hit(
    key: string,
    limit: { max: number; windowSeconds: number },
    at: Date,
  ): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }>;
}

/**
 * Checks a client assertion (RFC 7523) against the client's public keys: the signature with one of
 * `ASSERTION_ALGORITHMS`, `iss` = `sub` = the client id, `aud` = the token URL, `exp` present and not passed at `at`,
 * a `jti`. Null when any check fails or the keys cannot be had.
 */
export interface AssertionVerifier {
  verify(
    assertion: string,
    keys: ClientKeys,
    expected: { clientId: string; audience: string; at: Date },
  ): Promise<{ jti: string; exp: number } | null>;
}

export interface IntegrationClientsDeps {
  store: TransactionalStore<IntegrationClientsRepos>;
  secrets: Pick<IdentitySecrets, 'newToken' | 'hashToken' | 'hashesEqual'>;
  clock: Clock;
  rateLimiter: RateLimiter;
  assertions: AssertionVerifier;
  /** The token endpoint's address: the `aud` every client assertion must name. */
  tokenUrl: string;
  limits: {
    /** Bearer calls per client per minute (FHIR, HL7). */
    callsPerMinute: number;
    /** Token requests per client id and client address per minute. */
    tokenRequestsPerMinute: number;
  };
  /** Development and tests: a JWKS address may be http on loopback. */
  allowLoopbackJwks: boolean;
  /** The host's addresses (DNS); an empty list when it does not resolve. */
  resolveHost(host: string): Promise<string[]>;
}
