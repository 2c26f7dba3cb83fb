import type { Principal } from '../identity';
import { openRecord, RECORD_LIST_LIMIT, type RecordReadInput } from './open-record';
import type { RecordsDeps } from './records.ports';
import type { ObservationView } from './records.types';

export interface ObservationTrend {
  code: string;
  /** The analyte's name and unit, from the latest result (or the reference when there is none). */
  name: string | null;
  unit: string | null;
  unitDisplay: string | null;
  /** Oldest first, as a chart draws them. */
  points: ObservationView[];
}

/** The series of one analyte over time (`GET /records/observations/trend?code=`). */
export async function getObservationTrend(
  deps: RecordsDeps,
  principal: Principal,
  input: RecordReadInput & { code: string },
): Promise<ObservationTrend> {
  const { patientId } = await openRecord(deps, principal, input, {
    recordType: 'observation_trend',
    details: { code: input.code },
  });
  const newestFirst = await deps.store.read((repos) =>
    repos.labResults.listObservations({ patientId, code: input.code, period: {}, limit: RECORD_LIST_LIMIT }),
  );
  const latest = newestFirst[0];
  const known = deps.reference.analyte(input.code);
  return {
    code: input.code,
    name: latest?.name ?? known?.name ?? null,
    unit: latest?.unit ?? known?.unit ?? null,
    unitDisplay: latest?.unitDisplay ?? known?.unitDisplay ?? null,
    points: [...newestFirst].reverse(),
  };
}
