import { ROLES, type Role } from '@talon/vocabulary';

export { ROLES, type Role };

export const STAFF_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'patient');

export interface RoleGrant {
  role: Role;
  organizationId: string | null;
  /** The region (two-digit code) a `call_centre` role serves; absent or null for every other role. */
  regionCode?: string | null;
}

export type AccountStatus = 'unconfirmed' | 'active' | 'blocked';

export interface Account {
  id: string;
  displayName: string;
  patientId: string | null;
  practitionerId: string | null;
  phone: string | null;
  email: string | null;
  snilsHash: string | null;
  passwordHash: string | null;
  status: AccountStatus;
  /** Decrypted base32 secret; `totpEnabled` once confirmed. */
  totpSecret: string | null;
  totpEnabled: boolean;
  smsMfaEnabled: boolean;
  failedLoginCount: number;
  lockedUntil: Date | null;
  roles: RoleGrant[];
}

export type SessionTransport = 'cookie' | 'bearer';

export interface Session {
  id: string;
  accountId: string;
  transport: SessionTransport;
  csrfToken: string | null;
  mfaPending: boolean;
  method: string;
  idleTimeoutSeconds: number;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
  ip: string | null;
  userAgent: string | null;
}

/** Where a request comes from, for the audit log and throttling. */
export interface RequestOrigin {
  ip: string;
  userAgent: string | null;
}

/** What a session may do: everything, or only finish or set up the second factor. */
export type SessionStage = 'full' | 'mfa_pending' | 'mfa_setup';

/** The caller of a request, resolved from a live session. */
export interface Principal {
  accountId: string;
  sessionId: string;
  transport: SessionTransport;
  stage: SessionStage;
  displayName: string;
  patientId: string | null;
  practitionerId: string | null;
  roles: RoleGrant[];
  csrfToken: string | null;
}

export type OneTimeCodePurpose =
  | 'registration'
  | 'login_mfa'
  | 'password_reset'
  | 'ward_consent'
  | 'contact_change';

export interface OneTimeCode {
  id: string;
  purpose: OneTimeCodePurpose;
  subjectId: string;
  channel: 'sms' | 'email';
  codeHash: string;
  attempts: number;
  createdAt: Date;
  expiresAt: Date;
  consumedAt: Date | null;
  diedAt: Date | null;
}

export const isStaff = (roles: readonly RoleGrant[]): boolean =>
  roles.some((grant) => grant.role !== 'patient');
