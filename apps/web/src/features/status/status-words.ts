import type { TPublicStatus } from './status.api';

type State = TPublicStatus['components'][number]['state'];

/** An icon per state, so the state never rests on colour alone (the word is always beside it). */
export const STATE_ICONS: Record<State, string> = {
  operational: '✓',
  degraded: '!',
  outage: '✕',
  not_configured: '–',
};
