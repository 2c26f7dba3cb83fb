import type { AccessDeps } from '@talon/core/access';
import type { ReferralsDeps } from '@talon/core/referrals';
import { createReferralsStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

export const referralsDeps = (infra: Infrastructure, access: AccessDeps): ReferralsDeps => ({
  store: createReferralsStore(infra.db, infra.cipher, { afterCommit: infra.afterCommit }),
  access,
  clock: infra.clock,
});
