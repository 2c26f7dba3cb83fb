import type { Principal, RequestOrigin } from '../identity';
import { DomainError, localDate } from '../shared';
import { signatureFacts, signPdf } from '../signing';
import { placeDocumentFile } from '../uploads';
import { authorizeAuthor } from './author-access';
import { assertPrescriptionMove, movePrescription } from './move-prescription';
import { RecordsErrorCode } from './records.errors';
import type { RecordsDeps } from './records.ports';
import type { MedicationRequestView } from './records.types';

/** The documents reference's type of a signed prescription form. */
export const PRESCRIPTION_DOCUMENT_TYPE = 'prescription';

/** A prescriber's action on one prescription. */
export interface PrescriptionAction {
  prescriptionId: string;
  origin: RequestOrigin;
}

/** The prescription and the caller's right to act on it as its prescriber. */
export async function loadPrescriptionForPrescriber(
  deps: RecordsDeps,
  principal: Principal,
  { prescriptionId, origin }: PrescriptionAction,
) {
  const current = await deps.store.read((repos) => repos.prescriptions.find(prescriptionId));
  if (!current) throw new DomainError(RecordsErrorCode.PRESCRIPTION_NOT_FOUND);
  const { basis, practitionerId } = await authorizeAuthor(deps, principal, current.patientId, origin);
  // Another practitioner in care may read it; only its prescriber signs and sends it.
  if (current.practitioner?.id !== practitionerId) {
    throw new DomainError(RecordsErrorCode.RECORD_AUTHOR_REQUIRED);
  }
  return { current, basis };
}

/**
 * Signs a draft prescription (issue 12, item 4; rule 27): the form 107-1/у rendered as a PDF — medicine,
 * form, dose, dosage, quantity, valid until, the practitioner, the clinic and a QR code of its check page —
 * signed with the practitioner's own certificate, stored encrypted as a `documents` row linked to the
 * prescription, and the prescription `signed`. A prescription not in `draft` is
 * `PRESCRIPTION_STATUS_CONFLICT` before anything is rendered.
 */
export async function signPrescription(
  deps: RecordsDeps,
  principal: Principal,
  input: PrescriptionAction,
): Promise<MedicationRequestView> {
  const { current, basis } = await loadPrescriptionForPrescriber(deps, principal, input);
  assertPrescriptionMove(current, 'signed');
  const parties = await deps.store.read((repos) =>
    repos.facts.prescriptionParties({
      patientId: current.patientId,
      practitionerId: current.practitioner?.id ?? '',
      organizationId: current.organization?.id ?? '',
    }),
  );
  if (!parties) throw new DomainError(RecordsErrorCode.PRESCRIPTION_NOT_FOUND);
  const now = deps.clock.now();
  const verificationCode = deps.newId().replaceAll('-', '');
  const pdf = await deps.prescriptionRenderer.render({
    number: current.number,
    issuedOn: localDate(now, parties.timeZone),
    validUntil: current.validUntil,
    parties,
    medicine: {
      name: current.medicine.name,
      form: current.medicine.form,
      strength: current.medicine.strength,
    },
    dosageText: current.dosageText,
    quantity: current.quantity,
    checkUrl: `${deps.publicUrl}/check/${verificationCode}`,
  });
  const signed = await signPdf(deps.signing, principal, {
    pdf,
    reason: `Рецепт № ${current.number}`,
    location: parties.organizationName,
  });
  const fileId = deps.newId();
  const documentId = deps.newId();
  const fileRow = await placeDocumentFile(deps.files, signed, { fileId, documentId }, now);
  await deps.store.transaction(async (repos) => {
    await repos.files.insert(fileRow);
    await repos.documents.create({
      id: documentId,
      patientId: current.patientId,
      encounterId: current.encounterId,
      type: PRESCRIPTION_DOCUMENT_TYPE,
      title: `Рецепт № ${current.number}`,
      documentDate: localDate(signed.signedAt, parties.timeZone),
      authorPractitionerId: current.practitioner?.id ?? null,
      authorName: parties.practitionerName,
      organizationId: current.organization?.id ?? null,
      fileId,
      sha256: signed.sha256,
      signature: signatureFacts(signed, verificationCode),
      at: now,
    });
    await movePrescription(
      repos,
      { principal, basis, origin: input.origin },
      { current, to: 'signed', at: now },
    );
    await repos.prescriptions.attachDocument(current.id, documentId, now);
  });
  const view = await deps.store.read((repos) => repos.prescriptions.find(current.id));
  if (!view) throw new Error('prescription vanished after signing');
  return view;
}
