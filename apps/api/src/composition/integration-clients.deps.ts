import type { IntegrationClientsDeps } from '@talon/core/integration-clients';
import { createIntegrationClientsStore, createRateLimitRepository } from '@talon/db';
import { createAssertionVerifier } from '../oauth/assertion-verifier';
import type { Infrastructure } from './infrastructure';
import { resolveHostAddresses } from './resolve-host';

/** The path of the token endpoint; with the public address it is the `aud` of client assertions. */
export const TOKEN_PATH = '/oauth/token';

/**
 * Integration clients (issue 14): their store, the shared rate-limit counters, the `jose` assertion checks,
 * the token endpoint's public address (the web app and the API share one origin).
 */
export const integrationClientsDeps = (infra: Infrastructure): IntegrationClientsDeps => ({
  store: createIntegrationClientsStore(infra.db),
  secrets: infra.secrets,
  clock: infra.clock,
  rateLimiter: createRateLimitRepository(infra.db),
  assertions: createAssertionVerifier(),
  tokenUrl: `${infra.config.reminders.publicUrl}${TOKEN_PATH}`,
  limits: {
    callsPerMinute: infra.config.oauth.clientCallsPerMinute,
    tokenRequestsPerMinute: infra.config.oauth.tokenRequestsPerMinute,
  },
  allowLoopbackJwks: infra.config.oauth.allowLoopbackJwks,
  resolveHost: resolveHostAddresses,
});
