import { AuditAction } from '../audit';
import {
  type ClientAuthentication,
  type ClientCall,
  type ClientPrincipal,
  clientAuditActor,
} from './client-principal';
import { parseBearerToken } from './client-rules';
import type { IntegrationClientsDeps } from './integration-clients.ports';

/**
 * Authenticates the bearer token of a machine call (the `ClientAuthenticator` of the FHIR and HL7 APIs): the
 * token is looked up by its hash on every call, joined with its client's status, so an expired token or a
 * revoked client is refused at once (401). A known client past `limits.callsPerMinute` gets `rate_limited`.
 */
export async function authenticateBearer(
  deps: IntegrationClientsDeps,
  _principal: null,
  authorization: string | undefined,
): Promise<ClientAuthentication> {
  if (!authorization?.trim()) return { ok: false, error: 'missing_token' };
  const token = parseBearerToken(authorization);
  if (!token) return { ok: false, error: 'invalid_token' };
  const now = deps.clock.now();
  const live = await deps.store.read((repos) =>
    repos.clients.findLiveToken(deps.secrets.hashToken(token), now),
  );
  if (!live) return { ok: false, error: 'invalid_token' };
  const verdict = await deps.rateLimiter.hit(
    `oauth-client:${live.clientId}`,
    { max: deps.limits.callsPerMinute, windowSeconds: 60 },
    now,
  );
  if (!verdict.allowed)
    return { ok: false, error: 'rate_limited', retryAfterSeconds: verdict.retryAfterSeconds };
  return {
    ok: true,
    client: {
      kind: 'client',
      clientId: live.clientId,
      tokenId: live.tokenId,
      organizationId: live.organizationId,
      scopes: live.scopes,
    },
  };
}

/**
 * Writes the audit entry of a machine call (the `ClientCallRecorder`): action `fhir.call`, the client as
 * actor, the interaction, resource type and id and the status answered in the details; never the body.
 */
export async function recordClientCall(
  deps: IntegrationClientsDeps,
  client: ClientPrincipal,
  call: ClientCall,
): Promise<void> {
  const actor = clientAuditActor(client);
  await deps.store.transaction((repos) =>
    repos.audit.record({
      actorAccountId: actor.actorAccountId,
      actorRole: actor.actorRole,
      action: AuditAction.FHIR_CALL,
      outcome: call.outcome,
      subjectPatientId: call.subjectPatientId,
      recordType: call.resourceType,
      recordId: call.resourceId,
      details: {
        ...actor.details,
        interaction: call.interaction,
        resourceType: call.resourceType,
        resourceId: call.resourceId,
        status: call.status,
      },
      occurredAt: deps.clock.now(),
    }),
  );
}
