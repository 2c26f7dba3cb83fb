import { searchAuditEvents } from './search-audit-events';
import { verifyAuditLog } from './verify-audit-log';

/** The audit log's search (system and clinic admins) and the chain's check (system admins), over `AuditDeps`. */
export const auditUseCases = { search: searchAuditEvents, verify: verifyAuditLog };
