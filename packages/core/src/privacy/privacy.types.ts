import type { AuditEvent } from '../audit';
import type { RoleGrant } from '../identity';
import type { PersonCard } from '../shared';

/** A data-subject request under 152-ФЗ: to see one's data, to correct it, or to delete it. */
export type DataRequestKind = 'access' | 'correction' | 'deletion';
export type DataRequestStatus = 'received' | 'in_progress' | 'done' | 'rejected';
export const DATA_REQUEST_KINDS: readonly DataRequestKind[] = ['access', 'correction', 'deletion'];
export const DATA_REQUEST_STATUSES: readonly DataRequestStatus[] = [
  'received',
  'in_progress',
  'done',
  'rejected',
];

/** A request as its author sees it, with the free-text details decrypted. */
export interface DataRequest {
  id: string;
  patientId: string;
  kind: DataRequestKind;
  status: DataRequestStatus;
  details: string | null;
  createdAt: Date;
  dueAt: Date;
  closedAt: Date | null;
}

/** A request with whether it is past its deadline at the time of asking. */
export type DataRequestView = DataRequest & { isOverdue: boolean };

/** A request as an admin's list shows it: ids, kind, status and dates only — no personal data. */
export type DataRequestSummary = Omit<DataRequest, 'details'>;

export type ConsentPurpose = 'personal_data' | 'data_sharing' | 'booking_on_behalf';

export interface ConsentRecord {
  id: string;
  patientId: string;
  purpose: ConsentPurpose;
  textVersion: string;
  organizationId: string | null;
  organizationName: string | null;
  grantedAt: Date;
  revokedAt: Date | null;
}

/** The person's own card (`GET /me/profile`, the export): the clinic's card with address and attachment. */
export interface PatientProfile extends PersonCard {
  address: string | null;
  attachment: {
    organizationId: string;
    organizationName: string;
    district: string | null;
    /** ISO date. */
    since: string | null;
  } | null;
}

/** A login as the export shows it (no secrets: neither password hash nor TOTP secret). */
export interface AccountRecord {
  id: string;
  displayName: string;
  phone: string | null;
  email: string | null;
  /** The account accepts the SNILS as a login. */
  canLogInBySnils: boolean;
  status: 'unconfirmed' | 'active' | 'blocked';
  roles: RoleGrant[];
  totpEnabled: boolean;
  smsMfaEnabled: boolean;
  createdAt: Date;
  passwordChangedAt: Date | null;
}

export interface SessionRecord {
  id: string;
  transport: 'cookie' | 'bearer';
  method: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
  endReason: string | null;
  ip: string | null;
  userAgent: string | null;
}

/** One line of the person's access log: who (role, or themselves) did what to their data, and when. */
export interface AccessLogEntry {
  seq: number;
  occurredAt: Date;
  action: string;
  outcome: AuditEvent['outcome'];
  actorRole: string | null;
  /** The person acted themselves (their own login, their own export). */
  isOwnAction: boolean;
  recordType: string | null;
  recordId: string | null;
}

/** Everything Talon holds about a person ("download all my data", 152-ФЗ ст. 14). */
export interface PersonalDataExport {
  generatedAt: Date;
  account: AccountRecord;
  sessions: SessionRecord[];
  patient: PatientProfile;
  consents: ConsentRecord[];
  dataRequests: DataRequestView[];
  accessLog: AccessLogEntry[];
}
