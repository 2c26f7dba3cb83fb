import type { StatusDeps } from '@talon/core/status';
import type { Database } from '../../client';
import { createAuditRepository } from '../audit.repository';
import { createStatusRepository } from './status.repository';

/** The status page's unit of work: an incident (or its update) and its audit entry commit together. */
export function createStatusStore(db: Database): StatusDeps['store'] {
  return {
    read: (work) => work({ status: createStatusRepository(db) }),
    transaction: (work) =>
      db.transaction((tx) => work({ status: createStatusRepository(tx), audit: createAuditRepository(tx) })),
  };
}
