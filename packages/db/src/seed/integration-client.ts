import { createHash } from 'node:crypto';
import { SMART_SCOPES_SUPPORTED } from '@talon/core/integration-clients';
import type { DbExecutor } from '../client';
import { integrationClients } from '../schema';

/**
 * The demo's integration client (issue 14): a regional MIS of the demo clinic with the directory, schedule
 * and booking scopes and the results a laboratory or pharmacy sends. Its id and secret are published
 * (README, `GET /api/v1/dev/demo-accounts`), like the demo passwords: demo data only.
 */
export const DEMO_INTEGRATION_CLIENT = {
  clientId: '7a11c0de-0000-4000-8000-000000000001',
  clientSecret: 'demo-integration-secret-talon-2026',
  scopes: [...SMART_SCOPES_SUPPORTED],
} as const;

/** Stores the demo client; its secret as the SHA-256 the token endpoint compares (`IdentitySecrets.hashToken`). */
export async function writeDemoIntegrationClient(
  db: DbExecutor,
  organizationId: string | null,
): Promise<void> {
  await db.insert(integrationClients).values({
    id: DEMO_INTEGRATION_CLIENT.clientId,
    name: 'Демо МИС региона',
    organizationId,
    allowedScopes: [...DEMO_INTEGRATION_CLIENT.scopes],
    authMethod: 'client_secret_basic',
    secretHash: createHash('sha256').update(DEMO_INTEGRATION_CLIENT.clientSecret).digest('hex'),
  });
}
