import type { Principal } from '../identity';
import { openRecord, RECORD_LIST_LIMIT, type RecordReadInput } from './open-record';
import type { MedicationRequestStatus } from './record-codes';
import type { RecordsDeps } from './records.ports';
import type { MedicationRequestView } from './records.types';

export interface ListPrescriptionsInput extends RecordReadInput {
  status?: MedicationRequestStatus;
}

/** The patient's prescriptions (e-prescriptions), newest first; drafts are the doctor's, not shown. */
export async function listPrescriptions(
  deps: RecordsDeps,
  principal: Principal,
  input: ListPrescriptionsInput,
): Promise<MedicationRequestView[]> {
  const { patientId } = await openRecord(deps, principal, input, { recordType: 'prescription_list' });
  const statuses: MedicationRequestStatus[] = input.status
    ? [input.status]
    : ['signed', 'sent', 'dispensed', 'cancelled', 'expired'];
  return deps.store.read((repos) =>
    repos.prescriptions.list({ patientId, statuses, limit: RECORD_LIST_LIMIT }),
  );
}
