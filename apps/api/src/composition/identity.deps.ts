import { type IdentityDeps, PERSONAL_DATA_CONSENT } from '@talon/core/identity';
import { createIdentityStore, createRateLimitRepository } from '@talon/db';
import { createCodeRequestLimits } from '../security/code-request-limits';
import type { Infrastructure } from './infrastructure';

export const identityDeps = ({
  db,
  cipher,
  secrets,
  clock,
  config,
  afterCommit,
}: Infrastructure): IdentityDeps => ({
  store: createIdentityStore(db, cipher, { afterCommit }),
  secrets,
  clock,
  consentVersion: PERSONAL_DATA_CONSENT.version,
  limits: createCodeRequestLimits(createRateLimitRepository(db), cipher, clock, config.authLimits),
});
