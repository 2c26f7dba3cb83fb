import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { isPublicAddress } from '../notifications-delivery';
import { DomainError } from '../shared';
import { requireSystemAdmin } from './client-admin-guard';
import { validateClientDraft } from './client-rules';
import { IntegrationClientsErrorCode as Code } from './integration-clients.errors';
import type { IntegrationClientsDeps } from './integration-clients.ports';
import type { ClientDraft, IntegrationClient } from './integration-clients.types';

const LOOPBACK_NAME = /^(localhost|127\.\d+\.\d+\.\d+|::1)$/i;

/** Every address of the JWKS host is public — the API fetches keys from there (SSRF, as push endpoints). */
async function checkJwksHost(deps: IntegrationClientsDeps, jwksUrl: string): Promise<void> {
  const host = new URL(jwksUrl).hostname.replace(/^\[|\]$/g, '');
  if (deps.allowLoopbackJwks && LOOPBACK_NAME.test(host)) return;
  const addresses = await deps.resolveHost(host);
  if (addresses.length === 0 || !addresses.every(isPublicAddress)) {
    throw new DomainError(Code.INTEGRATION_CLIENT_JWKS_URL_INVALID, { field: 'body.jwksUrl' });
  }
}

/**
 * Registers an integration client (issue 14): a name, an optional organisation, the SMART v2 system scopes
 * it may be granted, and its means of authentication. `client_secret_basic` gets a random 256-bit secret,
 * returned this once and stored as its SHA-256 (a random secret needs no slow hash); `private_key_jwt` keeps
 * the public JWKS or its address. Audited as `integration_client.create`.
 */
export async function registerClient(
  deps: IntegrationClientsDeps,
  principal: Principal,
  input: ClientDraft & { origin: RequestOrigin },
): Promise<{ client: IntegrationClient; clientSecret: string | null }> {
  await requireSystemAdmin(deps, principal, input.origin);
  const valid = validateClientDraft(input, deps.allowLoopbackJwks);
  if (valid.keys && 'jwksUrl' in valid.keys) await checkJwksHost(deps, valid.keys.jwksUrl);
  const clientSecret = valid.authMethod === 'client_secret_basic' ? deps.secrets.newToken() : null;
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    if (valid.organizationId && !(await repos.clients.organizationExists(valid.organizationId))) {
      throw new DomainError(Code.INTEGRATION_CLIENT_ORGANIZATION_UNKNOWN, { field: 'body.organizationId' });
    }
    const id = await repos.clients.create({
      ...valid,
      secretHash: clientSecret === null ? null : deps.secrets.hashToken(clientSecret),
      createdByAccountId: principal.accountId,
      createdAt: now,
    });
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: 'system_admin',
      action: AuditAction.INTEGRATION_CLIENT_CREATE,
      outcome: 'success',
      recordType: 'integration_client',
      recordId: id,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: {
        organizationId: valid.organizationId,
        authMethod: valid.authMethod,
        scopes: valid.allowedScopes,
      },
      occurredAt: now,
    });
    const client = await repos.clients.findById(id);
    if (!client) throw new DomainError(Code.INTEGRATION_CLIENT_NOT_FOUND);
    return { client, clientSecret };
  });
}

/** Every integration client, newest first (the system admin's page). */
export async function listClients(
  deps: IntegrationClientsDeps,
  principal: Principal,
  input: { origin: RequestOrigin },
): Promise<IntegrationClient[]> {
  await requireSystemAdmin(deps, principal, input.origin);
  return deps.store.read((repos) => repos.clients.list());
}

/**
 * Revokes a client: its tokens are deleted with it in one transaction, and every bearer check looks the token
 * up, so no call gets through afterwards. Revoking a revoked client changes nothing. Audited.
 */
export async function revokeClient(
  deps: IntegrationClientsDeps,
  principal: Principal,
  input: { clientId: string; origin: RequestOrigin },
): Promise<IntegrationClient> {
  await requireSystemAdmin(deps, principal, input.origin);
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    if (!(await repos.clients.findById(input.clientId)))
      throw new DomainError(Code.INTEGRATION_CLIENT_NOT_FOUND);
    if (await repos.clients.revoke(input.clientId, now)) {
      await repos.audit.record({
        actorAccountId: principal.accountId,
        actorRole: 'system_admin',
        action: AuditAction.INTEGRATION_CLIENT_REVOKE,
        outcome: 'success',
        recordType: 'integration_client',
        recordId: input.clientId,
        ip: input.origin.ip,
        userAgent: input.origin.userAgent,
        occurredAt: now,
      });
    }
    const client = await repos.clients.findById(input.clientId);
    if (!client) throw new DomainError(Code.INTEGRATION_CLIENT_NOT_FOUND);
    return client;
  });
}
