import type { IdentityDeps, IdentityRepos } from './identity.ports';
import type { Account, RequestOrigin, Session, SessionTransport } from './identity.types';
import { idleTimeoutFor, SESSION_RULES, sessionTokenFor } from './session-policy';

export interface OpenedSession {
  session: Session;
  /** The secret the client holds (cookie value or bearer token); only its hash is stored. */
  token: string;
}

/**
 * Starts a new session with a fresh token, so a session id planted before login is never reused (session
 * fixation). A session waiting for the second factor lives only a few minutes.
 */
export async function openSession(
  deps: Pick<IdentityDeps, 'secrets' | 'clock'>,
  repos: Pick<IdentityRepos, 'sessions'>,
  account: Account,
  options: { transport: SessionTransport; mfaPending: boolean; method: string; origin: RequestOrigin },
): Promise<OpenedSession> {
  const now = deps.clock.now();
  const token = sessionTokenFor(account.roles, deps.secrets.newToken());
  const lifetime = options.mfaPending ? SESSION_RULES.mfaPendingSeconds : SESSION_RULES.absoluteSeconds;
  const session = await repos.sessions.create({
    accountId: account.id,
    tokenHash: deps.secrets.hashToken(token),
    transport: options.transport,
    csrfToken: options.transport === 'cookie' ? deps.secrets.newToken() : null,
    mfaPending: options.mfaPending,
    method: options.method,
    idleTimeoutSeconds: idleTimeoutFor(account.roles),
    createdAt: now,
    expiresAt: new Date(now.getTime() + lifetime * 1000),
    origin: options.origin,
  });
  return { session, token };
}
