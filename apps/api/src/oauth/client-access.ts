import type { ClientAuthenticator, ClientCallRecorder } from '@talon/core/integration-clients';
import type { Services } from '../services';

/**
 * The bearer check of the FHIR and HL7 APIs, bound to the real stores: hand it to their plugins
 * (`clientAuthenticator(app.services)`). Every call looks its token up, so revocation is immediate.
 */
export const clientAuthenticator =
  (services: Services): ClientAuthenticator =>
  (authorization) =>
    services.integrationClients.authenticateBearer(null, authorization);

/** Writes the `fhir.call` audit entry of a machine call, the client as actor (`clientCallRecorder(app.services)`). */
export const clientCallRecorder =
  (services: Services): ClientCallRecorder =>
  (client, call) =>
    services.integrationClients.recordClientCall(client, call);
