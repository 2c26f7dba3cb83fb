import type { Principal } from '../identity';
import { openRecord, periodOf, RECORD_LIST_LIMIT, type RecordReadInput } from './open-record';
import type { RecordsDeps } from './records.ports';
import type { EncounterView } from './records.types';

export interface ListEncountersInput extends RecordReadInput {
  from?: Date;
  to?: Date;
}

/** The patient's visit records with their diagnoses, newest first (optionally within a period). */
export async function listEncounters(
  deps: RecordsDeps,
  principal: Principal,
  input: ListEncountersInput,
): Promise<EncounterView[]> {
  const period = periodOf(input.from, input.to);
  const { patientId } = await openRecord(deps, principal, input, { recordType: 'encounter_list' });
  return deps.store.read((repos) => repos.encounters.list({ patientId, period, limit: RECORD_LIST_LIMIT }));
}
