import type { AuditAction } from '../audit';
import { DomainError } from '../shared';
import { IdentityErrorCode } from './identity.errors';
import type { IdentityDeps, IdentityRepos } from './identity.ports';
import { type Account, isStaff, type Principal, type RequestOrigin } from './identity.types';
import { afterFailure, THROTTLE_RULES, throttleWait } from './login-throttle';
import { SESSION_RULES, sessionTokenFor } from './session-policy';

const RECOVERY_CODE_COUNT = 10;
const ISSUER = 'Талон';

async function loadAccount(repos: IdentityRepos, principal: Principal): Promise<Account> {
  const account = await repos.accounts.findById(principal.accountId);
  if (!account) throw new DomainError(IdentityErrorCode.UNAUTHENTICATED);
  return account;
}

async function requirePassword(deps: IdentityDeps, account: Account, password: string): Promise<void> {
  if (!(await deps.secrets.verifyPassword(account.passwordHash, password))) {
    throw new DomainError(IdentityErrorCode.PASSWORD_MISMATCH, { field: 'body.password' });
  }
}

const record = (
  principal: Principal,
  origin: RequestOrigin,
  action: AuditAction,
  at: Date,
  details?: Record<string, unknown>,
) => ({
  actorAccountId: principal.accountId,
  subjectPatientId: principal.patientId,
  action,
  recordType: 'account',
  recordId: principal.accountId,
  outcome: 'success' as const,
  ip: origin.ip,
  userAgent: origin.userAgent,
  details: details ?? null,
  occurredAt: at,
});

/** Starts TOTP enrolment: a new secret is kept (not yet active) and shown once as a QR code. */
export async function startTotpEnrolment(
  deps: IdentityDeps,
  principal: Principal,
): Promise<{ secret: string; otpauthUri: string }> {
  return deps.store.transaction(async (repos) => {
    const account = await loadAccount(repos, principal);
    if (account.totpEnabled) throw new DomainError(IdentityErrorCode.MFA_ALREADY_ENABLED);
    const secret = deps.secrets.totp.newSecret();
    await repos.accounts.setTotp(account.id, { secret, enabledAt: null });
    const label = account.phone ?? account.email ?? account.displayName;
    return { secret, otpauthUri: deps.secrets.totp.uri(secret, `${ISSUER}:${label}`) };
  });
}

/**
 * Confirms TOTP enrolment with a first code from the app, then issues one-time recovery codes (shown once,
 * stored hashed). A staff session that was waiting for a second factor becomes a full one.
 */
export async function confirmTotpEnrolment(
  deps: IdentityDeps,
  principal: Principal,
  input: { code: string; origin: RequestOrigin },
): Promise<{ recoveryCodes: string[]; newToken?: string }> {
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const account = await loadAccount(repos, principal);
    if (account.totpEnabled) throw new DomainError(IdentityErrorCode.MFA_ALREADY_ENABLED);
    if (!account.totpSecret) throw new DomainError(IdentityErrorCode.MFA_ENROLMENT_NOT_STARTED);
    const step = deps.secrets.totp.verify(account.totpSecret, input.code, now);
    if (step === null) {
      throw new DomainError(IdentityErrorCode.CODE_INVALID, {
        field: 'body.code',
        params: { attemptsLeft: -1 },
      });
    }
    await repos.accounts.useTotpStep(account.id, step);
    await repos.accounts.setTotp(account.id, { secret: account.totpSecret, enabledAt: now });
    const recoveryCodes = await replaceRecoveryCodes(deps, repos, account.id);
    if (principal.stage === 'mfa_setup') {
      const token = sessionTokenFor(account.roles, deps.secrets.newToken());
      await repos.sessions.promote(principal.sessionId, {
        tokenHash: deps.secrets.hashToken(token),
        method: 'password+totp',
        at: now,
        expiresAt: new Date(now.getTime() + SESSION_RULES.absoluteSeconds * 1000),
      });
      await repos.audit.record(record(principal, input.origin, 'auth.mfa_enrolled', now, { method: 'totp' }));
      return { recoveryCodes, newToken: token };
    }
    await repos.audit.record(record(principal, input.origin, 'auth.mfa_enrolled', now, { method: 'totp' }));
    return { recoveryCodes };
  });
}

async function replaceRecoveryCodes(
  deps: IdentityDeps,
  repos: IdentityRepos,
  accountId: string,
): Promise<string[]> {
  const codes = deps.secrets.newRecoveryCodes(RECOVERY_CODE_COUNT);
  await repos.recoveryCodes.replaceAll(
    accountId,
    codes.map((c) => deps.secrets.hashCode(c.replaceAll('-', '').toLowerCase())),
  );
  return codes;
}

/** New recovery codes (the old ones stop working); asks for the password again. */
export async function regenerateRecoveryCodes(
  deps: IdentityDeps,
  principal: Principal,
  input: { password: string; origin: RequestOrigin },
): Promise<{ recoveryCodes: string[] }> {
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const account = await loadAccount(repos, principal);
    await requirePassword(deps, account, input.password);
    if (!account.totpEnabled) throw new DomainError(IdentityErrorCode.MFA_ENROLMENT_NOT_STARTED);
    const recoveryCodes = await replaceRecoveryCodes(deps, repos, account.id);
    await repos.audit.record(record(principal, input.origin, 'auth.recovery_codes', now));
    return { recoveryCodes };
  });
}

/** Switches TOTP off (password asked again); staff may not remove their only second factor. */
export async function disableTotp(
  deps: IdentityDeps,
  principal: Principal,
  input: { password: string; origin: RequestOrigin },
): Promise<void> {
  const now = deps.clock.now();
  await deps.store.transaction(async (repos) => {
    const account = await loadAccount(repos, principal);
    await requirePassword(deps, account, input.password);
    if (isStaff(account.roles) && !account.smsMfaEnabled)
      throw new DomainError(IdentityErrorCode.MFA_REQUIRED_FOR_STAFF);
    await repos.accounts.setTotp(account.id, { secret: null, enabledAt: null });
    await repos.recoveryCodes.replaceAll(account.id, []);
    await repos.audit.record(record(principal, input.origin, 'auth.mfa_disabled', now, { method: 'totp' }));
  });
}

/**
 * Switches the SMS second factor on or off. Switching it off asks for the password again (issue 15,
 * item 10): a session left open on a shared computer must not be enough to weaken the login.
 */
export async function setSmsMfa(
  deps: IdentityDeps,
  principal: Principal,
  input: { enabled: boolean; password?: string | null; origin: RequestOrigin },
): Promise<void> {
  const now = deps.clock.now();
  if (!input.enabled) {
    if (!input.password)
      throw new DomainError(IdentityErrorCode.PASSWORD_REQUIRED, { field: 'body.password' });
    await confirmPassword(deps, principal, { password: input.password, origin: input.origin });
  }
  await deps.store.transaction(async (repos) => {
    const account = await loadAccount(repos, principal);
    if (input.enabled && !account.phone)
      throw new DomainError(IdentityErrorCode.MFA_METHOD_UNAVAILABLE, { field: 'body.enabled' });
    if (!input.enabled && isStaff(account.roles) && !account.totpEnabled) {
      throw new DomainError(IdentityErrorCode.MFA_REQUIRED_FOR_STAFF);
    }
    await repos.accounts.setSmsMfa(account.id, input.enabled);
    await repos.audit.record(
      record(principal, input.origin, input.enabled ? 'auth.mfa_enrolled' : 'auth.mfa_disabled', now, {
        method: 'sms',
      }),
    );
  });
}

/**
 * Asks for the account's password again before a sensitive step (disabling the SMS factor, showing the
 * full SNILS and policy). The argon2 work runs outside any transaction; a wrong password counts as a
 * failed login of the account (the same lockout applies) and is audited.
 */
export async function confirmPassword(
  deps: IdentityDeps,
  principal: Principal,
  input: { password: string; origin: RequestOrigin },
): Promise<void> {
  const now = deps.clock.now();
  const account = await deps.store.transaction(async (repos) => {
    const found = await loadAccount(repos, principal);
    const facts = await repos.loginFailures.facts(
      { accountId: found.id },
      input.origin.ip,
      now,
      THROTTLE_RULES.addressWindowSeconds,
    );
    const wait = throttleWait({ ...facts, lockedUntil: found.lockedUntil }, now);
    if (wait !== null) {
      throw new DomainError(IdentityErrorCode.LOGIN_THROTTLED, {
        retryAfterSeconds: wait,
        params: { minutes: Math.ceil(wait / 60) },
      });
    }
    return found;
  });
  if (await deps.secrets.verifyPassword(account.passwordHash, input.password)) return;
  await deps.store.transaction(async (repos) => {
    await repos.loginFailures.record({ accountId: account.id }, input.origin.ip, now);
    await repos.accounts.setLoginFailures(account.id, afterFailure(account.failedLoginCount, now));
    // A failed password check, like a failed login: the same action, told apart by the reason.
    await repos.audit.record({
      ...record(principal, input.origin, 'auth.login', now),
      outcome: 'failure',
      reason: 'reauthentication',
    });
  });
  throw new DomainError(IdentityErrorCode.PASSWORD_MISMATCH, { field: 'body.password' });
}
