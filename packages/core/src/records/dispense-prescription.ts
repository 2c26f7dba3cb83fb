import type { ClientPrincipal } from '../integration-clients';
import { DomainError } from '../shared';
import { movePrescription } from './move-prescription';
import { enqueuePrescriptionMessage } from './prescription-messages';
import { RecordsErrorCode } from './records.errors';
import type { RecordsDeps } from './records.ports';
import type { MedicationRequestView } from './records.types';

/**
 * The pharmacy dispensed a sent prescription (issue 12, item 4): `sent` → `dispensed`, and the patient told
 * in the app and by push. Called by the pharmacy system: a pharmacy's integration client posting a FHIR
 * MedicationDispense (issue 14, item 4; the client is the audited actor), or the demo pharmacy page (the
 * system, `null`). A signed but unsent prescription, or one dispensed already, is
 * `PRESCRIPTION_STATUS_CONFLICT`.
 */
export async function dispensePrescription(
  deps: RecordsDeps,
  client: ClientPrincipal | null,
  input: { prescriptionId: string },
): Promise<MedicationRequestView> {
  const current = await deps.store.read((repos) => repos.prescriptions.find(input.prescriptionId));
  if (!current) throw new DomainError(RecordsErrorCode.PRESCRIPTION_NOT_FOUND);
  const now = deps.clock.now();
  await deps.store.transaction(async (repos) => {
    await movePrescription(repos, client && { client }, { current, to: 'dispensed', at: now });
    await enqueuePrescriptionMessage(repos, current, 'dispensed', now);
  });
  const view = await deps.store.read((repos) => repos.prescriptions.find(current.id));
  if (!view) throw new Error('prescription vanished after dispensing');
  return view;
}

/**
 * The prescriptions a pharmacy system holds, sent and not yet dispensed (its reference starts with
 * `prefix`): the demo pharmacy's list. Called by the pharmacy side (no person), newest first.
 */
export async function listPharmacyPrescriptions(
  deps: RecordsDeps,
  _principal: null,
  input: { prefix: string; limit: number },
): Promise<MedicationRequestView[]> {
  return deps.store.read((repos) => repos.prescriptions.listSentTo(input.prefix, input.limit));
}
