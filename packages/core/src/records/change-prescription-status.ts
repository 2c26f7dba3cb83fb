import type { MedicationRequestStatus } from '@talon/vocabulary/records';
import { auditAllowed, authorizePatient } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { canMovePrescription, prescriptionStatusesBefore } from './prescription-workflow';
import { RecordsErrorCode } from './records.errors';
import type { RecordsDeps } from './records.ports';
import type { MedicationRequestView } from './records.types';

export interface ChangePrescriptionStatusInput {
  prescriptionId: string;
  status: Exclude<MedicationRequestStatus, 'draft'>;
  /** Required to cancel. */
  reason?: string | null;
  origin: RequestOrigin;
}

/**
 * Moves a prescription on its workflow (`prescription-workflow.ts`) for staff with a care relation: an
 * illegal move, or one that lost a race to another, is `PRESCRIPTION_STATUS_CONFLICT`. Audited.
 */
export async function changePrescriptionStatus(
  deps: RecordsDeps,
  principal: Principal,
  input: ChangePrescriptionStatusInput,
): Promise<MedicationRequestView> {
  const reason = input.reason?.trim() || null;
  if (input.status === 'cancelled' && !reason) {
    throw new DomainError(RecordsErrorCode.PRESCRIPTION_CANCEL_REASON_REQUIRED, { field: 'body.reason' });
  }
  const current = await deps.store.read((repos) => repos.prescriptions.find(input.prescriptionId));
  if (!current) throw new DomainError(RecordsErrorCode.PRESCRIPTION_NOT_FOUND);
  const basis = await authorizePatient(deps.access, principal, current.patientId, 'medical', input.origin);
  if (basis !== 'care' && basis !== 'emergency')
    throw new DomainError(RecordsErrorCode.RECORD_AUTHOR_REQUIRED);
  const conflict = () =>
    new DomainError(RecordsErrorCode.PRESCRIPTION_STATUS_CONFLICT, {
      params: { from: current.status, to: input.status },
    });
  if (!canMovePrescription(current.status, input.status)) throw conflict();
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const moved = await repos.prescriptions.transition({
      id: current.id,
      from: prescriptionStatusesBefore(input.status),
      to: input.status,
      at: now,
      reason,
    });
    if (!moved) throw conflict();
    await auditAllowed(repos, principal, {
      action: 'record.prescription_status',
      patientId: current.patientId,
      basis,
      origin: input.origin,
      at: now,
      recordType: 'medication_request',
      recordId: current.id,
      details: { from: current.status, to: input.status },
    });
    const view = await repos.prescriptions.find(current.id);
    if (!view) throw new Error('prescription vanished after its move');
    return view;
  });
}
