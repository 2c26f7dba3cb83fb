import { searchAuditEvents } from './search-audit-events';

/** The audit log's search for system administrators, over `AuditDeps`. */
export const auditUseCases = { search: searchAuditEvents };
