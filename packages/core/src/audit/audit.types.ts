import type { AuditAction } from './audit-action';

export type AuditOutcome = 'success' | 'failure' | 'denied';

/**
 * What happened, written once to the audit log: who (account and role), on whose behalf (a ward or
 * principal), to whom (the person whose data was touched), what (action, record), the result, and from
 * where. Ids only in `details` — never names, SNILS, phone numbers or diagnoses.
 */
export interface AuditEntry {
  action: AuditAction;
  outcome: AuditOutcome;
  /** Null for an anonymous attempt (a failed login to an unknown account) or the system itself. */
  actorAccountId?: string | null;
  actorRole?: string | null;
  onBehalfOfPatientId?: string | null;
  subjectPatientId?: string | null;
  /** E.g. `patient`, `appointment`, `account`. */
  recordType?: string | null;
  recordId?: string | null;
  /**
   * Why, as a code: the cause of a failure (`wrong_password`), the purpose of a refused read. Free text a
   * person typed (an emergency or override reason) stays encrypted with its record, not here.
   */
  reason?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  details?: Record<string, unknown> | null;
  /** When it happened; the database's clock when left out. */
  occurredAt?: Date;
}

/** A stored entry: the entry as written, numbered and timed by the database. */
export interface AuditEvent extends Omit<Required<AuditEntry>, 'action'> {
  seq: number;
  occurredAt: Date;
  /** Stored text; a name from `AuditAction` unless written by an older version. */
  action: string;
}

/** Filters of an admin's search; every filter is optional and they combine with AND. */
export interface AuditSearchFilter {
  /** Entries about this person: as the subject or as the one acted for. */
  personId?: string;
  actorAccountId?: string;
  action?: AuditAction;
  /**
   * The caller's scope: only entries whose actor holds a role at one of these clinics (a clinic admin's
   * clinics). Absent: every entry (a system admin).
   */
  actorOrganizationIds?: readonly string[];
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
  /** 1-based. */
  page: number;
  pageSize: number;
}

/** An entry as the admin's log lists it: with the actor account's name, so a reader sees who, not an id. */
export interface ListedAuditEvent extends AuditEvent {
  actorName: string | null;
}

export interface AuditEventPage {
  items: ListedAuditEvent[];
  total: number;
  page: number;
  pageSize: number;
}
