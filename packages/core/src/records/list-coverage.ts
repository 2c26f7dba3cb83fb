import type { Principal } from '../identity';
import { openRecord, type RecordReadInput } from './open-record';
import type { RecordsDeps } from './records.ports';
import type { CoverageView } from './records.types';

/** The patient's OMS policies (the active one first), the number masked. */
export async function listCoverage(
  deps: RecordsDeps,
  principal: Principal,
  input: RecordReadInput,
): Promise<CoverageView[]> {
  const { patientId } = await openRecord(deps, principal, input, { recordType: 'coverage_list' });
  return deps.store.read((repos) => repos.coverages.list(patientId));
}
