import { authenticateBearer, recordClientCall } from './client-calls';
import { issueToken } from './issue-token';
import { listClients, registerClient, revokeClient } from './manage-clients';

/** Integration clients (issue 14 item 1): the system admin's registry, the token endpoint, the bearer check. */
export const integrationClientsUseCases = {
  registerClient,
  listClients,
  revokeClient,
  issueToken,
  authenticateBearer,
  recordClientCall,
};
