import type { Principal } from '../identity';
import { openRecord, RECORD_LIST_LIMIT, type RecordReadInput } from './open-record';
import type { RecordsDeps } from './records.ports';
import type { ConditionView } from './records.types';

export interface ListConditionsInput extends RecordReadInput {
  /** Only active (and recurring) diagnoses. */
  activeOnly?: boolean;
}

/** The patient's diagnoses (МКБ-10 code and name), newest first. */
export async function listConditions(
  deps: RecordsDeps,
  principal: Principal,
  input: ListConditionsInput,
): Promise<ConditionView[]> {
  const { patientId } = await openRecord(deps, principal, input, { recordType: 'condition_list' });
  return deps.store.read((repos) =>
    repos.conditions.list({ patientId, activeOnly: input.activeOnly ?? false, limit: RECORD_LIST_LIMIT }),
  );
}
