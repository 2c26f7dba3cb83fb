import { DomainError } from '../shared';
import { IdentityErrorCode } from './identity.errors';
import type { IdentityDeps } from './identity.ports';
import type { Principal, RequestOrigin } from './identity.types';
import { issueCode, takeCodeRequest, verifyCode } from './issue-code';
import { afterFailure, THROTTLE_RULES, throttleWait } from './login-throttle';
import { type MfaMethod, mfaMethodsOf } from './mfa-methods';
import { notifyNewDeviceLogin } from './new-login-notice';
import { SESSION_RULES, sessionTokenFor } from './session-policy';

/**
 * Finishes a login with the second factor (docs/domain.md rule 14). Success gives the session a new token (a new
 * session id for the now fully authenticated session) and its full lifetime; TOTP and recovery-code
 * failures count against the account like password failures.
 */
export async function completeMfa(
  deps: IdentityDeps,
  principal: Principal,
  input: { method: MfaMethod; code: string; origin: RequestOrigin },
): Promise<{ token: string; accountId: string }> {
  const now = deps.clock.now();
  if (principal.stage !== 'mfa_pending') throw new DomainError(IdentityErrorCode.MFA_NOT_PENDING);
  const account = await deps.store.transaction(async (repos) => repos.accounts.findById(principal.accountId));
  if (!account) throw new DomainError(IdentityErrorCode.UNAUTHENTICATED);
  if (!mfaMethodsOf(account).includes(input.method)) {
    throw new DomainError(IdentityErrorCode.MFA_METHOD_UNAVAILABLE, { field: 'body.method' });
  }
  if (input.method === 'sms') {
    const refusal = await deps.store.transaction((repos) =>
      verifyCode(deps, repos, 'login_mfa', principal.sessionId, input.code),
    );
    if (refusal) throw refusal;
  } else {
    const isValid = await deps.store.transaction(async (repos) => {
      const facts = await repos.loginFailures.facts(
        { accountId: account.id },
        input.origin.ip,
        now,
        THROTTLE_RULES.addressWindowSeconds,
      );
      const wait = throttleWait({ ...facts, lockedUntil: account.lockedUntil }, now);
      if (wait !== null) {
        throw new DomainError(IdentityErrorCode.LOGIN_THROTTLED, {
          retryAfterSeconds: wait,
          params: { minutes: Math.ceil(wait / 60) },
        });
      }
      if (input.method === 'totp') {
        const step = account.totpSecret
          ? deps.secrets.totp.verify(account.totpSecret, input.code, now)
          : null;
        // A code works once, even within its 30 seconds (ASVS 2.8.4).
        return step !== null && (await repos.accounts.useTotpStep(account.id, step));
      }
      return repos.recoveryCodes.use(
        account.id,
        deps.secrets.hashCode(input.code.replaceAll('-', '').toLowerCase()),
        now,
      );
    });
    if (!isValid) {
      await deps.store.transaction(async (repos) => {
        await repos.loginFailures.record({ accountId: account.id }, input.origin.ip, now);
        await repos.accounts.setLoginFailures(account.id, afterFailure(account.failedLoginCount, now));
        await repos.audit.record({
          actorAccountId: account.id,
          action: 'auth.login_mfa',
          outcome: 'failure',
          reason: input.method,
          ip: input.origin.ip,
          userAgent: input.origin.userAgent,
          occurredAt: now,
        });
      });
      throw new DomainError(IdentityErrorCode.CODE_INVALID, {
        field: 'body.code',
        params: { attemptsLeft: -1 },
      });
    }
  }
  return deps.store.transaction(async (repos) => {
    const token = sessionTokenFor(account.roles, deps.secrets.newToken());
    await repos.sessions.promote(principal.sessionId, {
      tokenHash: deps.secrets.hashToken(token),
      method: `password+${input.method}`,
      at: now,
      expiresAt: new Date(now.getTime() + SESSION_RULES.absoluteSeconds * 1000),
    });
    if (account.failedLoginCount > 0) {
      await repos.accounts.setLoginFailures(account.id, { failedLoginCount: 0, lockedUntil: null });
    }
    const session = { id: principal.sessionId, userAgent: input.origin.userAgent };
    await notifyNewDeviceLogin(repos, account, session, now);
    await repos.audit.record({
      actorAccountId: account.id,
      subjectPatientId: account.patientId,
      action: 'auth.login_mfa',
      recordType: 'session',
      recordId: principal.sessionId,
      outcome: 'success',
      reason: input.method,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      occurredAt: now,
    });
    return { token, accountId: account.id };
  });
}

/**
 * Sends the SMS code of a half-finished login, within the shared code-request limits of the phone, the
 * address and the installation (issue 15, item 4).
 */
export async function sendMfaSms(
  deps: IdentityDeps,
  principal: Principal,
  input: { origin: RequestOrigin },
): Promise<{ phone: string }> {
  if (principal.stage !== 'mfa_pending') throw new DomainError(IdentityErrorCode.MFA_NOT_PENDING);
  const account = await deps.store.transaction((repos) => repos.accounts.findById(principal.accountId));
  if (!account?.phone || !account.smsMfaEnabled) {
    throw new DomainError(IdentityErrorCode.MFA_METHOD_UNAVAILABLE, { field: 'body.method' });
  }
  await takeCodeRequest(deps, account.phone, input.origin);
  const phone = account.phone;
  return deps.store.transaction(async (repos) => {
    await issueCode(deps, repos, 'login_mfa', principal.sessionId, {
      channel: 'sms',
      recipient: phone,
      accountId: account.id,
      template: 'login_code',
      event: 'auth.login_code',
    });
    return { phone };
  });
}
