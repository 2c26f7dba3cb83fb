import { DomainError } from '../shared';
import { IdentityErrorCode } from './identity.errors';
import type { IdentityDeps, IdentityRepos } from './identity.ports';
import { isStaff, type Principal, type RequestOrigin } from './identity.types';
import { issueCode, takeCodeRequest, verifyCode } from './issue-code';
import { canonicalLogin, parseLoginIdentifier } from './login-identifier';
import { checkResend } from './one-time-code';
import { checkPassword } from './password-policy';

const UNKNOWN_SUBJECT = 'unknown:';

/** What the answer says, whoever asked: the difference goes only to the real owner's phone or e-mail. */
export const RESET_CODE_DESTINATION = 'на телефон или адрес почты, указанные в учётной записи';

/**
 * Starts password recovery (docs/domain.md rule 13; issue 15, items 4 and 6): a code goes to the phone, or to the
 * e-mail when the login was an e-mail. The answer is the same whether or not the account exists: a login
 * that names no account gets a code of its own too (kept under a keyed hash of the login, never sent), so
 * its reset id behaves exactly like a real one — same resend rules, same wrong-code count, same expiry.
 * While no new code may be sent yet (a minute after the last one, five an hour, a cool-down), the last
 * reset id comes back instead of a refusal that only a real account could earn.
 */
export async function requestPasswordReset(
  deps: IdentityDeps,
  _principal: Principal | null,
  input: { login: string; origin: RequestOrigin },
): Promise<{ resetId: string; codeSentTo: string }> {
  const id = parseLoginIdentifier(input.login);
  const login = canonicalLogin(id, input.login);
  await takeCodeRequest(deps, login, input.origin);
  const snilsHashes = id.snils ? deps.secrets.snilsLookupHashes(id.snils) : [];
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const found =
      id.email || id.phone || snilsHashes.length
        ? await repos.accounts.findByIdentifiers({ email: id.email, phone: id.phone, snilsHashes })
        : [];
    const account = found[0];
    const useEmail = Boolean(id.email && account?.email);
    const destination = useEmail ? account?.email : account?.phone;
    const subjectId =
      account && destination ? account.id : `${UNKNOWN_SUBJECT}${deps.secrets.lookupHash(`reset:${login}`)}`;
    const recent = await repos.codes.recent('password_reset', subjectId, new Date(now.getTime() - 3600_000));
    const latest = recent[0];
    if (latest && !checkResend(recent, now).ok)
      return { resetId: latest.id, codeSentTo: RESET_CODE_DESTINATION };
    const code = await issueCode(deps, repos, 'password_reset', subjectId, {
      channel: useEmail ? 'email' : 'sms',
      recipient: destination ?? '',
      accountId: account?.id ?? null,
      template: 'password_reset_code',
      event: 'auth.password_reset_code',
      isSilent: !(account && destination),
    });
    return { resetId: code.id, codeSentTo: RESET_CODE_DESTINATION };
  });
}

/**
 * Sets a new password with the recovery code; every session of the account ends. The code is checked
 * before anything else (a wrong one is counted, the third kills it), so nothing about the account — its
 * holder's name or role, through the password rules — is said to someone who does not hold the code.
 * Only the reset id's own code works, and only until it expires or a newer one replaces it. Checking the
 * new password against the rules comes after a right code; a refusal there leaves the code usable.
 */
export async function confirmPasswordReset(
  deps: IdentityDeps,
  _principal: Principal | null,
  input: { resetId: string; code: string; password: string; origin: RequestOrigin },
): Promise<void> {
  const now = deps.clock.now();
  const expired = () => new DomainError(IdentityErrorCode.CODE_EXPIRED, { field: 'body.code' });
  const checked = await deps.store.transaction(async (repos) => {
    const issued = await repos.codes.findById(input.resetId);
    if (issued?.purpose !== 'password_reset') return { refusal: expired() };
    const refusal = await verifyCode(deps, repos, 'password_reset', issued.subjectId, input.code, {
      codeId: issued.id,
    });
    if (refusal) return { refusal };
    // A login that names no account has a code too (`unknown:<hash>`); nobody was ever sent it.
    const owner = issued.subjectId.startsWith(UNKNOWN_SUBJECT)
      ? null
      : await repos.accounts.findById(issued.subjectId);
    if (!owner) return { refusal: expired() };
    const problem = checkPassword(input.password, {
      isStaff: isStaff(owner.roles),
      commonPasswords: deps.secrets.commonPasswords,
      personalWords: owner.displayName.split(' '),
    });
    // Thrown, so the transaction rolls back and the right code stays usable for a better password.
    if (problem) {
      throw new DomainError(problem.code, {
        field: 'body.password',
        params: { minLength: problem.code === 'WEAK_PASSWORD' ? problem.minLength : 0 },
      });
    }
    return { owner };
  });
  if ('refusal' in checked) throw checked.refusal;
  const account = checked.owner;
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
