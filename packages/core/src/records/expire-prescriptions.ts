import { isDomainError, localDate } from '../shared';
import { movePrescription } from './move-prescription';
import type { RecordsDeps } from './records.ports';

/** Prescriptions expire by the Moscow calendar day (the clinics' zone is not read per prescription here). */
const EXPIRY_TIME_ZONE = 'Europe/Moscow';
const BATCH = 500;

/**
 * The expiry job's work (issue 12, item 4): every signed or sent prescription whose last valid day has
 * passed becomes `expired`. One that moved on meanwhile (dispensed, cancelled) loses its race and is left
 * as it is. Returns how many expired.
 */
export async function expirePrescriptions(
  deps: Pick<RecordsDeps, 'store' | 'clock'>,
  _principal: null,
  _input: object = {},
): Promise<{ expired: number }> {
  const today = localDate(deps.clock.now(), EXPIRY_TIME_ZONE);
  let expired = 0;
  for (;;) {
    const due = await deps.store.read((repos) => repos.prescriptions.dueToExpire(today, BATCH));
    let movedThisRound = 0;
    for (const current of due) {
      try {
        await deps.store.transaction((repos) =>
          movePrescription(repos, null, { current, to: 'expired', at: deps.clock.now() }),
        );
        movedThisRound++;
      } catch (error) {
        if (!isDomainError(error)) throw error;
      }
    }
    expired += movedThisRound;
    if (due.length < BATCH || movedThisRound === 0) return { expired };
  }
}
