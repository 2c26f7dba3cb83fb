import type { Principal } from '../identity';
import { openRecord, type RecordReadInput } from './open-record';
import type { RecordsDeps } from './records.ports';
import type { RecordSummary } from './records.types';

const OUT_OF_RANGE_SHOWN = 10;
const ACTIVE_CONDITIONS_SHOWN = 50;

/**
 * The first screen of the medical card: the OMS policy's status, the active diagnoses, the latest results
 * out of range, the next visit and how many of each kind of record there are.
 */
export async function getRecordSummary(
  deps: RecordsDeps,
  principal: Principal,
  input: RecordReadInput,
): Promise<RecordSummary> {
  const { patientId } = await openRecord(deps, principal, input, { recordType: 'record_summary' });
  const now = deps.clock.now();
  return deps.store.read(async (repos) => {
    const [coverages, activeConditions, latestOutOfRange, nextVisit, counts] = [
      await repos.coverages.list(patientId),
      await repos.conditions.list({ patientId, activeOnly: true, limit: ACTIVE_CONDITIONS_SHOWN }),
      await repos.labResults.latestOutOfRange(patientId, OUT_OF_RANGE_SHOWN),
      await repos.facts.nextVisit(patientId, now),
      await repos.facts.counts(patientId),
    ];
    return {
      patientId,
      coverage: coverages[0] ?? null,
      activeConditions,
      latestOutOfRange,
      nextVisit,
      counts,
    };
  });
}
