import type { IntegrationClientsDeps } from '@talon/core/integration-clients';
import type { Database } from '../../client';
import { createAuditRepository } from '../audit.repository';
import { createIntegrationClientRepository } from './integration-clients.repository';

/** Integration clients' unit of work: a registration, a revocation or a token and its audit entry commit together. */
export function createIntegrationClientsStore(db: Database): IntegrationClientsDeps['store'] {
  const transaction: IntegrationClientsDeps['store']['transaction'] = (work) =>
    db.transaction((tx) =>
      work({ clients: createIntegrationClientRepository(tx), audit: createAuditRepository(tx) }),
    );
  // A bearer check is one read: no transaction round trips on every FHIR call.
  const read: IntegrationClientsDeps['store']['read'] = (work) =>
    work({ clients: createIntegrationClientRepository(db), audit: createAuditRepository(db) });
  return { read, transaction };
}
