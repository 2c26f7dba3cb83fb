import { type IdentityDeps, PERSONAL_DATA_CONSENT } from '@talon/core/identity';
import { createIdentityStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

export const identityDeps = ({ db, cipher, secrets, clock, afterCommit }: Infrastructure): IdentityDeps => ({
  store: createIdentityStore(db, cipher, { afterCommit }),
  secrets,
  clock,
  consentVersion: PERSONAL_DATA_CONSENT.version,
});
