import type {
  TAdminDataRequest,
  TConsent,
  TDataRequest,
  TPatientProfile,
  TPersonalDataExport,
} from '@talon/contracts';
import type {
  ConsentRecord,
  DataRequestSummary,
  DataRequestView,
  PatientProfile,
  PersonalDataExport,
} from '@talon/core/privacy';

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const toProfile = (card: PatientProfile): TPatientProfile => ({ ...card });

export const toConsent = (consent: ConsentRecord): TConsent => ({
  id: consent.id,
  purpose: consent.purpose,
  textVersion: consent.textVersion,
  organization:
    consent.organizationId && consent.organizationName
      ? { id: consent.organizationId, name: consent.organizationName }
      : null,
  grantedAt: consent.grantedAt.toISOString(),
  revokedAt: iso(consent.revokedAt),
});

export const toDataRequest = (request: DataRequestView): TDataRequest => ({
  id: request.id,
  kind: request.kind,
  status: request.status,
  details: request.details,
  createdAt: request.createdAt.toISOString(),
  dueAt: request.dueAt.toISOString(),
  closedAt: iso(request.closedAt),
  isOverdue: request.isOverdue,
});

export const toAdminDataRequest = (
  request: DataRequestSummary & { isOverdue: boolean },
): TAdminDataRequest => ({
  id: request.id,
  patientId: request.patientId,
  kind: request.kind,
  status: request.status,
  createdAt: request.createdAt.toISOString(),
  dueAt: request.dueAt.toISOString(),
  closedAt: iso(request.closedAt),
  isOverdue: request.isOverdue,
});

export const toExport = (data: PersonalDataExport): TPersonalDataExport => ({
  generatedAt: data.generatedAt.toISOString(),
  account: {
    id: data.account.id,
    displayName: data.account.displayName,
    logins: { phone: data.account.phone, email: data.account.email, snils: data.account.canLogInBySnils },
    status: data.account.status,
    roles: data.account.roles,
    mfa: { totp: data.account.totpEnabled, sms: data.account.smsMfaEnabled },
    createdAt: data.account.createdAt.toISOString(),
    passwordChangedAt: iso(data.account.passwordChangedAt),
    sessions: data.sessions.map((session) => ({
      ...session,
      createdAt: session.createdAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
      expiresAt: session.expiresAt.toISOString(),
      endedAt: iso(session.endedAt),
    })),
  },
  patient: toProfile(data.patient),
  consents: data.consents.map(toConsent),
  dataRequests: data.dataRequests.map(toDataRequest),
  accessLog: data.accessLog.map((entry) => ({ ...entry, occurredAt: entry.occurredAt.toISOString() })),
});
