import { DomainError } from '../shared';
import { IdentityErrorCode } from './identity.errors';
import type { IdentityDeps } from './identity.ports';
import type { Account, Principal, Session } from './identity.types';
import { isMfaRequired } from './mfa-methods';

export interface MeView {
  account: Account;
  session: Session;
  isMfaRequired: boolean;
}

/** The logged-in account and its current session, for `GET /api/v1/me`. */
export async function getMe(
  deps: Pick<IdentityDeps, 'store' | 'clock'>,
  principal: Principal,
): Promise<MeView> {
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const account = await repos.accounts.findById(principal.accountId);
    const session = (await repos.sessions.listActive(principal.accountId, now)).find(
      (s) => s.id === principal.sessionId,
    );
    if (!account || !session) throw new DomainError(IdentityErrorCode.UNAUTHENTICATED);
    return { account, session, isMfaRequired: isMfaRequired(account) };
  });
}
