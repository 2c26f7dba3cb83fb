import type { IdentityDeps, IdentityRepos } from './identity.ports';
import type { Account, RequestOrigin, SessionTransport } from './identity.types';
import { isMfaRequired, type MfaMethod, mfaMethodsOf } from './mfa-methods';
import { notifyNewDeviceLogin } from './new-login-notice';
import { type OpenedSession, openSession } from './open-session';

export type LoginStatus = 'authenticated' | 'mfa_required' | 'mfa_setup_required';

export interface LoginResult extends OpenedSession {
  status: LoginStatus;
  mfaMethods: MfaMethod[];
  accountId: string;
}

/**
 * The end of every first-factor login (password or identity provider): a new session, half-open when a
 * second factor is owed, and the successful `auth.login` in the audit log.
 */
export async function openLoginSession(
  deps: Pick<IdentityDeps, 'secrets' | 'clock'>,
  repos: Pick<IdentityRepos, 'sessions' | 'audit' | 'outbox'>,
  account: Account,
  options: {
    transport: SessionTransport;
    method: 'password' | 'oidc';
    origin: RequestOrigin;
    /** Added to the audit entry's details. */
    details?: Record<string, unknown>;
  },
): Promise<LoginResult> {
  const mfaMethods = mfaMethodsOf(account);
  const needsMfa = isMfaRequired(account);
  const status: LoginStatus = !needsMfa
    ? 'authenticated'
    : mfaMethods.length
      ? 'mfa_required'
      : 'mfa_setup_required';
  const opened = await openSession(deps, repos, account, {
    transport: options.transport,
    mfaPending: needsMfa,
    method: options.method,
    origin: options.origin,
  });
  if (status === 'authenticated') {
    const session = { id: opened.session.id, userAgent: options.origin.userAgent };
    await notifyNewDeviceLogin(repos, account, session, deps.clock.now());
  }
  await repos.audit.record({
    actorAccountId: account.id,
    actorRole: account.roles[0]?.role ?? null,
    subjectPatientId: account.patientId,
    action: 'auth.login',
    recordType: 'session',
    recordId: opened.session.id,
    outcome: 'success',
    ip: options.origin.ip,
    userAgent: options.origin.userAgent,
    details: { ...options.details, stage: status, transport: options.transport },
    occurredAt: deps.clock.now(),
  });
  return { ...opened, status, mfaMethods, accountId: account.id };
}
