import type { ClientAuthenticator, ClientCallRecorder } from '@talon/core/integration-clients';

/** How the machine interfaces (FHIR) authenticate their callers and audit their calls (issue 14). */
export interface IntegrationClients {
  authenticateClient: ClientAuthenticator;
  recordClientCall: ClientCallRecorder;
}

/**
 * The production slot until the OAuth module (token endpoint, client registry) is composed here: no bearer
 * token is accepted, so every FHIR call but `metadata` answers 401 and none reaches the recorder. It is the
 * merge-time seam `buildApp`'s `integrationClients` option fills, not a feature.
 */
export const noIntegrationClients: IntegrationClients = {
  authenticateClient: async (authorization) => ({
    ok: false,
    error: authorization ? 'invalid_token' : 'missing_token',
  }),
  recordClientCall: async () => {
    throw new Error('no integration client is authenticated before the OAuth module is composed');
  },
};
