import type { AuditAction } from '../audit';
import { DomainError } from '../shared';
import { IdentityErrorCode } from './identity.errors';
import type { IdentityDeps } from './identity.ports';
import type { Principal, RequestOrigin, Session } from './identity.types';
import { sessionState } from './session-policy';

type Deps = Pick<IdentityDeps, 'store' | 'clock'>;

const audit = (
  principal: Principal,
  origin: RequestOrigin,
  action: AuditAction,
  recordId: string,
  at: Date,
) => ({
  actorAccountId: principal.accountId,
  subjectPatientId: principal.patientId,
  action,
  recordType: 'session',
  recordId,
  outcome: 'success' as const,
  ip: origin.ip,
  userAgent: origin.userAgent,
  occurredAt: at,
});

/** The caller's live sessions, newest first, the current one marked. */
export async function listSessions(
  deps: Deps,
  principal: Principal,
): Promise<(Session & { isCurrent: boolean })[]> {
  const now = deps.clock.now();
  const sessions = await deps.store.transaction((repos) =>
    repos.sessions.listActive(principal.accountId, now),
  );
  return sessions.map((s) => ({ ...s, isCurrent: s.id === principal.sessionId }));
}

/** Ends one of the caller's sessions; someone else's session is "not found" (no hint that it exists). */
export async function endSession(
  deps: Deps,
  principal: Principal,
  input: { sessionId: string; origin: RequestOrigin },
): Promise<void> {
  const { sessionId, origin } = input;
  const now = deps.clock.now();
  await deps.store.transaction(async (repos) => {
    const own = await repos.sessions.listActive(principal.accountId, now);
    if (!own.some((s) => s.id === sessionId)) throw new DomainError(IdentityErrorCode.SESSION_NOT_FOUND);
    await repos.sessions.end(sessionId, 'ended_by_user', now);
    await repos.audit.record(audit(principal, origin, 'session.end', sessionId, now));
  });
}

interface OriginOnly {
  origin: RequestOrigin;
}

/** Ends this session. */
export async function logOut(deps: Deps, principal: Principal, { origin }: OriginOnly): Promise<void> {
  const now = deps.clock.now();
  await deps.store.transaction(async (repos) => {
    await repos.sessions.end(principal.sessionId, 'logout', now);
    await repos.audit.record(audit(principal, origin, 'auth.logout', principal.sessionId, now));
  });
}

/** "Log out everywhere": every session of the account ends, this one included. */
export async function logOutEverywhere(
  deps: Deps,
  principal: Principal,
  { origin }: OriginOnly,
): Promise<void> {
  const now = deps.clock.now();
  await deps.store.transaction(async (repos) => {
    const count = await repos.sessions.endAll(principal.accountId, 'logout_everywhere', now);
    await repos.audit.record({
      ...audit(principal, origin, 'auth.logout_everywhere', principal.sessionId, now),
      details: { count },
    });
  });
}

/**
 * Which of these sessions are still alive (not ended, not idle too long, within their lifetime): live event
 * streams opened by a session close once it is gone (issue 15, item 11). Asks nothing of the sessions'
 * owners and touches none of them (a stream is not activity).
 */
export async function liveSessions(
  deps: Deps,
  _principal: Principal | null,
  input: { sessionIds: readonly string[] },
): Promise<Set<string>> {
  if (input.sessionIds.length === 0) return new Set();
  const now = deps.clock.now();
  const sessions = await deps.store.transaction((repos) => repos.sessions.findByIds(input.sessionIds));
  return new Set(sessions.filter((s) => sessionState(s, now) === 'alive').map((s) => s.id));
}
