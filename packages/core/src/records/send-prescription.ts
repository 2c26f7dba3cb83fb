import type { Principal } from '../identity';
import { assertPrescriptionMove, movePrescription } from './move-prescription';
import { enqueuePrescriptionMessage } from './prescription-messages';
import type { RecordsDeps } from './records.ports';
import type { MedicationRequestView } from './records.types';
import { loadPrescriptionForPrescriber, type PrescriptionAction } from './sign-prescription';

/**
 * Sends a signed prescription to the pharmacy system (issue 12, item 4) through the `PharmacyGateway` port:
 * `signed` → `sent`, the pharmacy's reference kept, and the patient told in the app and by push. A draft
 * (unsigned) or an already sent one is `PRESCRIPTION_STATUS_CONFLICT` before the pharmacy is called.
 */
export async function sendPrescription(
  deps: RecordsDeps,
  principal: Principal,
  input: PrescriptionAction,
): Promise<MedicationRequestView> {
  const { current, basis } = await loadPrescriptionForPrescriber(deps, principal, input);
  assertPrescriptionMove(current, 'sent');
  const { reference } = await deps.pharmacy.send(current);
  const now = deps.clock.now();
  await deps.store.transaction(async (repos) => {
    await movePrescription(
      repos,
      { principal, basis, origin: input.origin },
      { current, to: 'sent', at: now },
    );
    await repos.prescriptions.setPharmacyReference(current.id, reference, now);
    await enqueuePrescriptionMessage(repos, current, 'sent', now);
  });
  const view = await deps.store.read((repos) => repos.prescriptions.find(current.id));
  if (!view) throw new Error('prescription vanished after sending');
  return view;
}
