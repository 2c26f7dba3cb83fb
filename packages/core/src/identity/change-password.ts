import { DomainError } from '../shared';
import { IdentityErrorCode } from './identity.errors';
import type { IdentityDeps } from './identity.ports';
import { isStaff, type Principal, type RequestOrigin } from './identity.types';
import { checkPassword } from './password-policy';
import { notifyPasswordChanged } from './password-reset';

/** Changes the password (the current one asked again); other sessions end, this one stays. */
export async function changePassword(
  deps: IdentityDeps,
  principal: Principal,
  input: { currentPassword: string; newPassword: string; origin: RequestOrigin },
): Promise<void> {
  const now = deps.clock.now();
  const account = await deps.store.transaction((repos) => repos.accounts.findById(principal.accountId));
  if (!account) throw new DomainError(IdentityErrorCode.UNAUTHENTICATED);
  if (!(await deps.secrets.verifyPassword(account.passwordHash, input.currentPassword))) {
    throw new DomainError(IdentityErrorCode.PASSWORD_MISMATCH, { field: 'body.currentPassword' });
  }
  const problem = checkPassword(input.newPassword, {
    isStaff: isStaff(account.roles),
    commonPasswords: deps.secrets.commonPasswords,
    personalWords: account.displayName.split(' '),
  });
  if (problem) {
    throw new DomainError(problem.code, {
      field: 'body.newPassword',
      params: { minLength: problem.code === 'WEAK_PASSWORD' ? problem.minLength : 0 },
    });
  }
  const passwordHash = await deps.secrets.hashPassword(input.newPassword);
  await deps.store.transaction(async (repos) => {
    await repos.accounts.setPassword(account.id, passwordHash, now);
    const others = (await repos.sessions.listActive(account.id, now)).filter(
      (s) => s.id !== principal.sessionId,
    );
    for (const session of others) await repos.sessions.end(session.id, 'password_changed', now);
    await notifyPasswordChanged(repos, account, now);
    await repos.audit.record({
      actorAccountId: account.id,
      subjectPatientId: account.patientId,
      action: 'auth.password_change',
      recordType: 'account',
      recordId: account.id,
      outcome: 'success',
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      details: { endedSessions: others.length },
      occurredAt: now,
    });
  });
}
