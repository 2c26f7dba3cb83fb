export { AuditErrorCode } from './audit.errors';
export type * from './audit.types';
export { auditUseCases } from './audit.use-cases';
export { AuditAction, isAuditAction } from './audit-action';
export {
  AUDIT_PROBLEM_TEXT,
  type AuditChainCheck,
  type AuditChainProblemKind,
  type AuditChainVerifier,
  type AuditVerification,
  auditCheckMessage,
} from './audit-check';
export {
  type AuditLog,
  type AuditRepository,
  recordPatientSearch,
  recordStaffRefusal,
  type StaffRefusal,
} from './audit-log';
export {
  type AuditDeps,
  type AuditScope,
  type AuditSearcher,
  auditSearchScope,
  MAX_AUDIT_PAGE_SIZE,
  type SearchAuditEventsInput,
  searchAuditEvents,
  validateAuditSearch,
} from './search-audit-events';
export { recordRequestListRead, staffRoleOf } from './staff-reads';
export { verifyAuditLog } from './verify-audit-log';
