import type { MedicationRequestStatus } from '@talon/vocabulary/records';
import type { Principal } from '../identity';
import { DomainError } from '../shared';
import { openRecord, RECORD_LIST_LIMIT, type RecordReadInput } from './open-record';
import { RecordsErrorCode } from './records.errors';
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

/**
 * The prescriptions written at one visit, drafts included, for the practitioner writing it (issue 12,
 * item 4): the visit page's list. Behind the medical purpose and audited as a read, as any record read.
 */
export async function listEncounterPrescriptions(
  deps: RecordsDeps,
  principal: Principal,
  input: { encounterId: string; origin: RecordReadInput['origin'] },
): Promise<MedicationRequestView[]> {
  const encounter = await deps.store.read((repos) => repos.encounters.find(input.encounterId));
  if (!encounter) throw new DomainError(RecordsErrorCode.ENCOUNTER_NOT_FOUND);
  const { patientId } = await openRecord(
    deps,
    principal,
    { patientId: encounter.patientId, origin: input.origin },
    { recordType: 'prescription_list', recordId: encounter.id },
  );
  return deps.store.read((repos) =>
    repos.prescriptions.list({
      patientId,
      statuses: null,
      encounterId: encounter.id,
      limit: RECORD_LIST_LIMIT,
    }),
  );
}
