import { DomainError } from '../shared';
import { IdentityErrorCode } from './identity.errors';
import type { IdentityDeps, IdentityRepos, LoginSubject } from './identity.ports';
import type { Account, Principal, RequestOrigin, SessionTransport } from './identity.types';
import { canonicalLogin, parseLoginIdentifier } from './login-identifier';
import { type LoginResult, openLoginSession } from './login-session';
import { afterFailure, lockAfterFailures, THROTTLE_RULES, throttleWait } from './login-throttle';

/** Finds the account a login names; a phone wins over a SNILS when both readings exist. */
async function findAccount(deps: IdentityDeps, repos: IdentityRepos, login: string): Promise<Account | null> {
  const id = parseLoginIdentifier(login);
  const snilsHashes = id.snils ? deps.secrets.snilsLookupHashes(id.snils) : [];
  if (!id.email && !id.phone && !snilsHashes.length) return null;
  const found = await repos.accounts.findByIdentifiers({ email: id.email, phone: id.phone, snilsHashes });
  return (
    found.find((a) => id.email && a.email === id.email) ??
    found.find((a) => id.phone && a.phone === id.phone) ??
    found.find((a) => a.snilsHash !== null && snilsHashes.includes(a.snilsHash)) ??
    null
  );
}

/**
 * Logs in with a phone, email or SNILS and a password (docs/domain.md rule 15). Only failures are throttled:
 * per account (10 in a row → cool-down; at most 100 an hour evaluated) and per address. A login that names
 * no account costs the same argon2 work, is throttled by the same rules under a keyed hash of the login,
 * and gets the same answers — wrong password and lockout alike — so nobody can probe for accounts
 * (issue 15, item 6). With a second factor the session starts half-open and only `completeMfa` finishes it.
 */
export async function logIn(
  deps: IdentityDeps,
  _principal: Principal | null,
  input: { login: string; password: string; transport: SessionTransport; origin: RequestOrigin },
): Promise<LoginResult> {
  const now = deps.clock.now();
  const { account, subject, wait } = await deps.store.transaction(async (repos) => {
    const found = await findAccount(deps, repos, input.login);
    const subject: LoginSubject = found
      ? { accountId: found.id }
      : {
          loginHash: deps.secrets.lookupHash(
            `login:${canonicalLogin(parseLoginIdentifier(input.login), input.login)}`,
          ),
        };
    const facts = await repos.loginFailures.facts(
      subject,
      input.origin.ip,
      now,
      THROTTLE_RULES.addressWindowSeconds,
    );
    let lockedUntil = found?.lockedUntil ?? null;
    if (subject.loginHash) {
      const failures = await repos.loginFailures.unknownLoginFailures(subject.loginHash);
      lockedUntil = lockAfterFailures(failures.count, failures.lastAt);
    }
    return { account: found, subject, wait: throttleWait({ ...facts, lockedUntil }, now) };
  });
  if (wait !== null) {
    await deps.store.transaction((repos) =>
      repos.audit.record({
        actorAccountId: account?.id ?? null,
        action: 'auth.login',
        outcome: 'denied',
        reason: 'throttled',
        ip: input.origin.ip,
        userAgent: input.origin.userAgent,
        occurredAt: now,
      }),
    );
    throw new DomainError(IdentityErrorCode.LOGIN_THROTTLED, {
      retryAfterSeconds: wait,
      params: { minutes: Math.ceil(wait / 60) },
    });
  }
  const isValid = await deps.secrets.verifyPassword(account?.passwordHash ?? null, input.password);
  if (!account || !isValid) {
    await deps.store.transaction(async (repos) => {
      await repos.loginFailures.record(subject, input.origin.ip, now);
      if (account)
        await repos.accounts.setLoginFailures(account.id, afterFailure(account.failedLoginCount, now));
      await repos.audit.record({
        actorAccountId: account?.id ?? null,
        subjectPatientId: account?.patientId ?? null,
        action: 'auth.login',
        outcome: 'failure',
        reason: account ? 'wrong_password' : 'unknown_login',
        ip: input.origin.ip,
        userAgent: input.origin.userAgent,
        occurredAt: now,
      });
    });
    throw new DomainError(IdentityErrorCode.INVALID_CREDENTIALS);
  }
  if (account.status !== 'active') {
    throw new DomainError(IdentityErrorCode.ACCOUNT_BLOCKED);
  }
  return deps.store.transaction(async (repos) => {
    if (account.failedLoginCount > 0 || account.lockedUntil) {
      await repos.accounts.setLoginFailures(account.id, { failedLoginCount: 0, lockedUntil: null });
    }
    return openLoginSession(deps, repos, account, {
      transport: input.transport,
      method: 'password',
      origin: input.origin,
    });
  });
}
