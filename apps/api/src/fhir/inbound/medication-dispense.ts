import type { MedicationRequestView } from '@talon/core/records';
import { unprocessable } from '../fhir-outcome';
import type { FhirResource } from '../fhir-types';
import { reference } from '../fhir-types';
import { arrayAt, isObject, type Json, referencedId, stringAt } from './fhir-elements';

export interface MedicationDispensePost {
  prescriptionId: string;
  /** Where the prescription is named, for a refusal about it. */
  prescriptionPath: string;
  /** The answer: the dispense as accepted, with the patient the prescription is for. */
  answer(prescription: MedicationRequestView): FhirResource;
}

/**
 * Reads a pharmacy's MedicationDispense: `status` `completed` (a dispense that happened), the medicine
 * (`medication[x]`, required by R4) and `authorizingPrescription` — Talon's MedicationRequest, whose id is
 * the prescription's. Talon keeps no dispense records of its own: the dispense is the prescription's
 * status `dispensed`, so the answer carries no id to read back.
 */
export function readMedicationDispense(body: unknown): MedicationDispensePost {
  if (!isObject(body) || body.resourceType !== 'MedicationDispense') {
    throw unprocessable('Ожидается ресурс MedicationDispense.', 'MedicationDispense');
  }
  if (stringAt(body, 'status', 'MedicationDispense') !== 'completed') {
    throw unprocessable(
      'Принимается только выполненный отпуск (status = completed).',
      'MedicationDispense.status',
    );
  }
  const medication: Json = isObject(body.medicationCodeableConcept)
    ? { medicationCodeableConcept: body.medicationCodeableConcept }
    : isObject(body.medicationReference)
      ? { medicationReference: body.medicationReference }
      : {};
  if (Object.keys(medication).length === 0) {
    throw unprocessable('Нет элемента MedicationDispense.medication[x].', 'MedicationDispense.medication[x]');
  }
  const prescriptions = arrayAt(body, 'authorizingPrescription', 'MedicationDispense');
  const prescriptionPath = 'MedicationDispense.authorizingPrescription[0]';
  const first = prescriptions[0];
  if (!isObject(first)) throw unprocessable(`Нет элемента ${prescriptionPath}.`, prescriptionPath);
  const prescriptionId = referencedId(first, 'MedicationRequest', prescriptionPath);
  const handedOver = typeof body.whenHandedOver === 'string' ? { whenHandedOver: body.whenHandedOver } : {};
  return {
    prescriptionId,
    prescriptionPath,
    answer: (prescription) => ({
      resourceType: 'MedicationDispense',
      status: 'completed',
      ...medication,
      subject: reference('Patient', prescription.patientId),
      authorizingPrescription: [reference('MedicationRequest', prescription.id)],
      ...handedOver,
    }),
  };
}
