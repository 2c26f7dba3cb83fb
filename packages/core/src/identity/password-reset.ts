import { DomainError } from '../shared';
import { IdentityErrorCode } from './identity.errors';
import type { IdentityDeps, IdentityRepos } from './identity.ports';
import { isStaff, type Principal, type RequestOrigin } from './identity.types';
import { issueCode, verifyCode } from './issue-code';
import { maskEmail, maskPhone, parseLoginIdentifier } from './login-identifier';
import { checkPassword } from './password-policy';

/**
 * Starts password recovery (DESIGN rule 13): a code goes to the phone, or to the email when the login was
 * an email. The answer looks the same whether or not the account exists, so nobody can probe for accounts.
 */
export async function requestPasswordReset(
  deps: IdentityDeps,
  _principal: Principal | null,
  input: { login: string; newId: () => string },
): Promise<{ resetId: string; codeSentTo: string }> {
  const id = parseLoginIdentifier(input.login);
  const snilsHashes = id.snils ? deps.secrets.snilsLookupHashes(id.snils) : [];
  return deps.store.transaction(async (repos) => {
    const found =
      id.email || id.phone || snilsHashes.length
        ? await repos.accounts.findByIdentifiers({ email: id.email, phone: id.phone, snilsHashes })
        : [];
    const account = found[0];
    const useEmail = Boolean(id.email && account?.email);
    const destination = useEmail ? account?.email : account?.phone;
    if (!account || !destination) {
      return {
        resetId: input.newId(),
        codeSentTo: 'на номер телефона или адрес, указанный в учётной записи',
      };
    }
    const code = await issueCode(deps, repos, 'password_reset', account.id, {
      channel: useEmail ? 'email' : 'sms',
      recipient: destination,
      accountId: account.id,
      template: 'password_reset_code',
      event: 'auth.password_reset_code',
    });
    return { resetId: code.id, codeSentTo: useEmail ? maskEmail(destination) : maskPhone(destination) };
  });
}

/** Sets a new password with the recovery code; every session of the account ends. */
export async function confirmPasswordReset(
  deps: IdentityDeps,
  _principal: Principal | null,
  input: { resetId: string; code: string; password: string; origin: RequestOrigin },
): Promise<void> {
  const now = deps.clock.now();
  const account = await deps.store.transaction(async (repos) => {
    const issued = await repos.codes.findById(input.resetId);
    if (issued?.purpose !== 'password_reset')
      throw new DomainError(IdentityErrorCode.CODE_EXPIRED, { field: 'body.code' });
    const owner = await repos.accounts.findById(issued.subjectId);
    if (!owner) throw new DomainError(IdentityErrorCode.CODE_EXPIRED, { field: 'body.code' });
    const problem = checkPassword(input.password, {
      isStaff: isStaff(owner.roles),
      commonPasswords: deps.secrets.commonPasswords,
      personalWords: owner.displayName.split(' '),
    });
    if (problem) {
      throw new DomainError(problem.code, {
        field: 'body.password',
        params: { minLength: problem.code === 'WEAK_PASSWORD' ? problem.minLength : 0 },
      });
    }
    return owner;
  });
  const refusal = await deps.store.transaction((repos) =>
    verifyCode(deps, repos, 'password_reset', account.id, input.code),
  );
  if (refusal) throw refusal;
  const passwordHash = await deps.secrets.hashPassword(input.password);
  await deps.store.transaction(async (repos) => {
    await repos.accounts.setPassword(account.id, passwordHash, now);
    await repos.accounts.setLoginFailures(account.id, { failedLoginCount: 0, lockedUntil: null });
    const ended = await repos.sessions.endAll(account.id, 'password_reset', now);
    await notifyPasswordChanged(repos, account, now);
    await repos.audit.record({
      actorAccountId: account.id,
      subjectPatientId: account.patientId,
      action: 'auth.password_reset',
      recordType: 'account',
      recordId: account.id,
      outcome: 'success',
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: { endedSessions: ended },
      occurredAt: now,
    });
  });
}

/** A security notice that cannot be switched off: the password of the account changed. */
export async function notifyPasswordChanged(
  repos: Pick<IdentityRepos, 'outbox'>,
  account: { id: string; phone: string | null; email: string | null },
  at: Date,
): Promise<void> {
  const stamp = at.toISOString();
  if (account.phone) {
    await repos.outbox.enqueue({
      event: 'auth.password_changed',
      channel: 'sms',
      recipient: account.phone,
      accountId: account.id,
      template: 'password_changed',
      payload: {},
      dedupeKey: `password_changed:${account.id}:${stamp}:sms`,
    });
  }
  if (account.email) {
    await repos.outbox.enqueue({
      event: 'auth.password_changed',
      channel: 'email',
      recipient: account.email,
      accountId: account.id,
      template: 'password_changed',
      payload: {},
      dedupeKey: `password_changed:${account.id}:${stamp}:email`,
    });
  }
}
