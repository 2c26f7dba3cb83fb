import { AuditAction } from '@talon/core/audit';
import {
  type ClientCallRecorder,
  type ClientPrincipal,
  clientAuditActor,
} from '@talon/core/integration-clients';
import { createAuditRepository, type DatabaseHandle } from '@talon/db';
import type { IntegrationClients } from '../../composition/integration-clients';

/** A test token and the client it stands for; `scopes` are the granted SMART v2 system scopes. */
export interface TestClient {
  token: string;
  scopes: readonly string[];
  clientId?: string;
}

/** The one rate-limited test token: its calls answer 429 with this Retry-After. */
export const RATE_LIMITED_TOKEN = 'test-token-rate-limited';
export const RATE_LIMITED_RETRY_AFTER = 17;

/**
 * Integration clients for tests, through the contracts the OAuth module implements: test tokens mapped to
 * clients with given scopes (anything else is an invalid token), and a recorder that writes `fhir.call`
 * entries through the real audit store. At merge the lead swaps this one helper for real tokens.
 */
export function testIntegrationClients(
  database: DatabaseHandle,
  clients: readonly TestClient[],
): IntegrationClients {
  const byToken = new Map(
    clients.map((c): [string, ClientPrincipal] => [
      c.token,
      {
        kind: 'client',
        clientId: c.clientId ?? `test-client-${c.token}`,
        tokenId: `jti-${c.token}`,
        organizationId: null,
        scopes: c.scopes,
      },
    ]),
  );
  const audit = createAuditRepository(database.db);
  const recordClientCall: ClientCallRecorder = async (client, call) => {
    const actor = clientAuditActor(client);
    await audit.record({
      action: AuditAction.FHIR_CALL,
      outcome: call.outcome,
      actorAccountId: actor.actorAccountId,
      actorRole: actor.actorRole,
      subjectPatientId: call.subjectPatientId,
      recordType: call.resourceType,
      recordId: call.resourceId,
      details: { ...actor.details, interaction: call.interaction, status: call.status },
    });
  };
  return {
    async authenticateClient(authorization) {
      if (!authorization?.startsWith('Bearer ')) return { ok: false, error: 'missing_token' };
      const token = authorization.slice('Bearer '.length).trim();
      if (token === RATE_LIMITED_TOKEN) {
        return { ok: false, error: 'rate_limited', retryAfterSeconds: RATE_LIMITED_RETRY_AFTER };
      }
      const client = byToken.get(token);
      return client ? { ok: true, client } : { ok: false, error: 'invalid_token' };
    },
    recordClientCall,
  };
}
