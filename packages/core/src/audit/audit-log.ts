import type { AuditEntry, AuditEventPage, AuditSearchFilter } from './audit.types';
import { AuditAction } from './audit-action';

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

/** What differs between two refusals of a staff member outside their scope. */
export interface StaffRefusal {
  actorAccountId: string;
  actorRole: string | null;
  reason: string;
  recordType: string;
  recordId: string | null;
  origin: { ip: string | null; userAgent: string | null };
  at: Date;
}

/**
 * Records an `access.denied` entry for a staff member acting outside their scope; the caller answers "not
 * found", exactly like a record that does not exist (rule 16).
 */
export function recordStaffRefusal(log: AuditLog, refusal: StaffRefusal): Promise<void> {
  return log.record({
    actorAccountId: refusal.actorAccountId,
    actorRole: refusal.actorRole,
    subjectPatientId: null,
    action: AuditAction.ACCESS_DENIED,
    outcome: 'denied',
    reason: refusal.reason,
    recordType: refusal.recordType,
    recordId: refusal.recordId,
    ip: refusal.origin.ip,
    userAgent: refusal.origin.userAgent,
    occurredAt: refusal.at,
  });
}

/** A staff search for patients: what was searched by and whom it found (rule 16: searches are reads). */
export function recordPatientSearch(
  log: AuditLog,
  search: {
    actorAccountId: string;
    actorRole: string | null;
    criteria: string[];
    patientIds: string[];
    isTruncated: boolean;
    origin: { ip: string | null; userAgent: string | null };
    at: Date;
  },
): Promise<void> {
  return log.record({
    actorAccountId: search.actorAccountId,
    actorRole: search.actorRole,
    subjectPatientId: search.patientIds.length === 1 ? search.patientIds[0]! : null,
    action: AuditAction.PATIENT_SEARCH,
    recordType: 'patient',
    outcome: 'success',
    ip: search.origin.ip,
    userAgent: search.origin.userAgent,
    details: { criteria: search.criteria, patientIds: search.patientIds, isTruncated: search.isTruncated },
    occurredAt: search.at,
  });
}
