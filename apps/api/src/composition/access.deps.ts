import type { RepresentativeDeps } from '@talon/core/access';
import { createAccessStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

/** The access policy's deps: other modules' use cases ask it too (booking, tickets, slots, referrals). */
export const accessDeps = ({
  db,
  cipher,
  secrets,
  clock,
  afterCommit,
}: Infrastructure): RepresentativeDeps => ({
  access: createAccessStore(db, cipher, { afterCommit }),
  clock,
  identity: { secrets, clock },
});
