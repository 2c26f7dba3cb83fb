import type { Principal } from '../identity';
import { openRecord, periodOf, RECORD_LIST_LIMIT, type RecordReadInput } from './open-record';
import type { RecordsDeps } from './records.ports';
import type { ObservationView } from './records.types';

export interface ListObservationsInput extends RecordReadInput {
  /** One analyte (LOINC or local code). */
  code?: string;
  from?: Date;
  to?: Date;
}

/** The patient's laboratory results, newest first, each with its range and Talon's interpretation. */
export async function listObservations(
  deps: RecordsDeps,
  principal: Principal,
  input: ListObservationsInput,
): Promise<ObservationView[]> {
  const period = periodOf(input.from, input.to);
  const { patientId } = await openRecord(deps, principal, input, {
    recordType: 'observation_list',
    ...(input.code ? { details: { code: input.code } } : {}),
  });
  return deps.store.read((repos) =>
    repos.labResults.listObservations({
      patientId,
      code: input.code ?? null,
      period,
      limit: RECORD_LIST_LIMIT,
    }),
  );
}
