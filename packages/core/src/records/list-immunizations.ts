import type { Principal } from '../identity';
import { openRecord, RECORD_LIST_LIMIT, type RecordReadInput } from './open-record';
import type { RecordsDeps } from './records.ports';
import type { ImmunizationView } from './records.types';

/** The patient's vaccinations, newest first. */
export async function listImmunizations(
  deps: RecordsDeps,
  principal: Principal,
  input: RecordReadInput,
): Promise<ImmunizationView[]> {
  const { patientId } = await openRecord(deps, principal, input, { recordType: 'immunization_list' });
  return deps.store.read((repos) => repos.immunizations.list({ patientId, limit: RECORD_LIST_LIMIT }));
}
