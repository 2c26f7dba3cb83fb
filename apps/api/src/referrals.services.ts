import type { AccessDeps } from '@talon/core/access';
import type { Principal } from '@talon/core/identity';
import * as referrals from '@talon/core/referrals';
import type { Clock } from '@talon/core/shared';
import { createReferralsStore, type DatabaseHandle, type FieldCipher } from '@talon/db';

/** Referrals (направления, issue 6): issued by practitioners, listed for patients and the booking screen. */
export function createReferralsServices(
  database: DatabaseHandle,
  cipher: FieldCipher,
  clock: Clock,
  access: AccessDeps,
  afterCommit: (outboxIds: string[]) => void,
) {
  const deps: referrals.ReferralsDeps = {
    store: createReferralsStore(database.db, cipher, { afterCommit }),
    access,
    clock,
  };
  return {
    issue: (principal: Principal, input: referrals.IssueReferralInput) =>
      referrals.issueReferral(deps, principal, input),
    list: (principal: Principal, input: referrals.ListReferralsInput) =>
      referrals.listReferrals(deps, principal, input),
  };
}
