import type { AuditEntry, AuditEventPage, AuditSearchFilter } from './audit.types';

/**
 * The port every use case writes to. An entry written inside a transaction disappears with it when it rolls
 * back, which is right for a change that did not happen; a failure or a refusal must therefore be recorded
 * outside the failing transaction.
 */
export interface AuditLog {
  record(entry: AuditEntry): Promise<void>;
}

/** The log with its admin search; implemented in the db package. */
export interface AuditRepository extends AuditLog {
  /** Newest first, with the total number of matching entries. */
  search(filter: AuditSearchFilter): Promise<AuditEventPage>;
}
