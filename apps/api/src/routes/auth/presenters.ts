import type { TMe, TSession } from '@talon/contracts';
import { type MeView, maskPhone, type Session } from '@talon/core/identity';

export const toMe = (view: MeView, csrfToken: string | null): TMe => ({
  id: view.account.id,
  displayName: view.account.displayName,
  roles: view.account.roles,
  patientId: view.account.patientId,
  practitionerId: view.account.practitionerId,
  phone: view.account.phone ? maskPhone(view.account.phone) : null,
  email: view.account.email,
  mfa: { totp: view.account.totpEnabled, sms: view.account.smsMfaEnabled, required: view.isMfaRequired },
  session: {
    id: view.session.id,
    expiresAt: view.session.expiresAt.toISOString(),
    idleTimeoutSeconds: view.session.idleTimeoutSeconds,
  },
  csrfToken,
});

export const toSession = (session: Session & { isCurrent: boolean }): TSession => ({
  id: session.id,
  current: session.isCurrent,
  transport: session.transport,
  method: session.method,
  createdAt: session.createdAt.toISOString(),
  lastSeenAt: session.lastSeenAt.toISOString(),
  expiresAt: session.expiresAt.toISOString(),
  ip: session.ip,
  userAgent: session.userAgent,
});
