import type { PrivacyDeps } from '@talon/core/privacy';
import { createPrivacyStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

export const privacyDeps = ({ db, cipher, clock }: Infrastructure): PrivacyDeps => ({
  store: createPrivacyStore(db, cipher),
  clock,
});
