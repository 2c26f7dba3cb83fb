import type { IdentityDeps } from './identity.ports';
import type { Principal, SessionStage } from './identity.types';
import { mfaMethodsOf } from './mfa-methods';
import { needsTouch, sessionState } from './session-policy';

/**
 * The principal behind a session token, or null when the token is unknown, ended, idle too long or past
 * its absolute lifetime (docs/domain.md rule 15). An expired session is ended on the spot; a live one is touched
 * when due. Every request pays for this, so it is one statement (the session, its account and roles joined)
 * outside a transaction, and a write only when the session expired or is due a touch (issue 16 item 2).
 */
export async function resolveSession(
  deps: Pick<IdentityDeps, 'store' | 'secrets' | 'clock'>,
  _principal: Principal | null,
  input: { token: string },
): Promise<Principal | null> {
  const now = deps.clock.now();
  return deps.store.read(async (repos) => {
    const found = await repos.sessions.findWithAccount(deps.secrets.hashToken(input.token));
    if (!found) return null;
    const { session, account } = found;
    const state = sessionState(session, now);
    if (state !== 'alive') {
      if (state !== 'ended') await repos.sessions.end(session.id, state, now);
      return null;
    }
    if (account.status !== 'active') return null;
    if (needsTouch(session, now)) await repos.sessions.touch(session.id, now);
    const stage: SessionStage = !session.mfaPending
      ? 'full'
      : mfaMethodsOf(account).length
        ? 'mfa_pending'
        : 'mfa_setup';
    return {
      accountId: account.id,
      sessionId: session.id,
      transport: session.transport,
      stage,
      displayName: account.displayName,
      patientId: account.patientId,
      practitionerId: account.practitionerId,
      roles: account.roles,
      csrfToken: session.csrfToken,
    };
  });
}
