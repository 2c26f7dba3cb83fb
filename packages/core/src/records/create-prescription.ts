import { auditRecordCreated } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { addDays, DomainError, localDate } from '../shared';
import { authorizeAuthor } from './author-access';
import { RecordsErrorCode } from './records.errors';
import type { RecordsDeps } from './records.ports';
import type { MedicationRequestView } from './records.types';

/** How long a prescription of form 107-1/у is valid by default (days); the API takes 1 to 365. */
export const PRESCRIPTION_DEFAULT_VALID_DAYS = 60;
/** Prescriptions are dated in Moscow time until the clinic's zone is read here. */
const PRESCRIPTION_TIME_ZONE = 'Europe/Moscow';

export interface CreatePrescriptionInput {
  patientId: string;
  /** The visit it is written at: a record of the same patient. */
  encounterId?: string | null;
  /** An id of the medicines reference (its МНН). */
  medicineId: string;
  /** One of the medicine's forms and, for it, one of its strengths (the dose of one unit). */
  form: string;
  strength: string;
  dosageText: string;
  quantity: number;
  validDays?: number;
  origin: RequestOrigin;
}

/** The prescription number: the day and eight hex digits of its id (unique by an index). */
export const prescriptionNumber = (day: string, id: string) =>
  `${day.replaceAll('-', '')}-${id.replaceAll('-', '').slice(0, 8).toUpperCase()}`;

/**
 * Writes an e-prescription (issue 12, item 4) as a `draft`: the medicine from the reference with one of
 * its forms and strengths, the dosage, the quantity and the validity. Only the practitioner in care writes
 * it; signing (`signPrescription`) makes it a document.
 */
export async function createPrescription(
  deps: RecordsDeps,
  principal: Principal,
  input: CreatePrescriptionInput,
): Promise<MedicationRequestView> {
  const medicine = deps.reference.medicine(input.medicineId);
  if (!medicine) throw new DomainError(RecordsErrorCode.UNKNOWN_MEDICINE, { field: 'body.medicineId' });
  const form = medicine.forms.find((f) => f.form === input.form);
  if (!form) throw new DomainError(RecordsErrorCode.UNKNOWN_MEDICINE_FORM, { field: 'body.form' });
  if (!form.strengths.includes(input.strength)) {
    throw new DomainError(RecordsErrorCode.UNKNOWN_MEDICINE_FORM, { field: 'body.strength' });
  }
  const { basis, practitionerId } = await authorizeAuthor(deps, principal, input.patientId, input.origin);
  const now = deps.clock.now();
  const id = deps.newId();
  const today = localDate(now, PRESCRIPTION_TIME_ZONE);
  await deps.store.transaction(async (repos) => {
    let organizationId =
      principal.roles.find(
        (grant) => (grant.role === 'doctor' || grant.role === 'nurse') && grant.organizationId,
      )?.organizationId ?? undefined;
    if (input.encounterId) {
      const encounter = await repos.encounters.find(input.encounterId);
      if (!encounter || encounter.patientId !== input.patientId) {
        throw new DomainError(RecordsErrorCode.PRESCRIPTION_ENCOUNTER_MISMATCH, {
          field: 'body.encounterId',
        });
      }
      organizationId = encounter.organization?.id ?? organizationId;
    }
    if (!organizationId) throw new DomainError(RecordsErrorCode.ENCOUNTER_ORGANIZATION_REQUIRED);
    await repos.prescriptions.create({
      id,
      number: prescriptionNumber(today, id),
      patientId: input.patientId,
      encounterId: input.encounterId ?? null,
      practitionerId,
      organizationId,
      medicineId: medicine.id,
      medicineName: medicine.name,
      form: form.form,
      strength: input.strength,
      dosageText: input.dosageText.trim() || null,
      quantity: input.quantity,
      validUntil: addDays(today, (input.validDays ?? PRESCRIPTION_DEFAULT_VALID_DAYS) - 1),
      status: 'draft',
      at: now,
    });
    await auditRecordCreated(
      repos,
      principal,
      { type: 'medication_request', id, at: now },
      { patientId: input.patientId, basis, origin: input.origin },
    );
  });
  const view = await deps.store.read((repos) => repos.prescriptions.find(id));
  if (!view) throw new Error('prescription vanished after insert');
  return view;
}
