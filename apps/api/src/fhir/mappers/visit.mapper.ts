import type {
  InteropCondition,
  InteropEncounter,
  InteropImmunization,
  InteropMedicationRequest,
} from '@talon/core/interop';
import type { FhirResource } from '../fhir-types';
import { reference } from '../fhir-types';
import { CodeSystem, IdentifierSystem } from '../identifier-systems';
import { specialtyConcept } from './directory.mapper';

const ENCOUNTER_CLASS = {
  AMB: { code: 'AMB', display: 'ambulatory', text: 'Амбулаторный приём' },
  VR: { code: 'VR', display: 'virtual', text: 'Телемедицинская консультация' },
  HH: { code: 'HH', display: 'home health', text: 'Вызов на дом' },
} as const;

const DIAGNOSIS_ROLE = 'http://terminology.hl7.org/CodeSystem/diagnosis-role';

/**
 * The role of a diagnosis in the visit as `Encounter.diagnosis.use`: a secondary one is a comorbidity (`CM`);
 * the primary one is the diagnosis the OMS claim of the visit carries (`billing`); a complication has no code
 * of its own in R4's diagnosis-role, so it is text only.
 */
const DIAGNOSIS_USE = {
  primary: {
    coding: [{ system: DIAGNOSIS_ROLE, code: 'billing', display: 'Billing' }],
    text: 'Основной диагноз',
  },
  secondary: {
    coding: [{ system: DIAGNOSIS_ROLE, code: 'CM', display: 'Comorbidity diagnosis' }],
    text: 'Сопутствующий диагноз',
  },
  complication: { text: 'Осложнение основного диагноза' },
} as const;

/** A diagnosis of the visit: its Condition and role (`InteropCondition`'s). */
export interface EncounterDiagnosis {
  id: string;
  role: InteropCondition['role'];
}

/**
 * `Encounter.diagnosis`: the visit's Conditions, the primary one first with rank 1, the others ranked in
 * the order the doctor recorded them.
 */
function diagnosisOf(diagnoses: readonly EncounterDiagnosis[]) {
  const ordered = [
    ...diagnoses.filter((d) => d.role === 'primary'),
    ...diagnoses.filter((d) => d.role !== 'primary'),
  ];
  return ordered.map((d, index) => ({
    condition: reference('Condition', d.id),
    ...(d.role ? { use: DIAGNOSIS_USE[d.role] } : {}),
    rank: index + 1,
  }));
}

/**
 * A finished visit: its class, the practitioner, the clinic, the period, the appointment it came from, and
 * its diagnoses (references to their Conditions).
 */
export function toEncounter(
  row: InteropEncounter,
  diagnoses: readonly EncounterDiagnosis[] = [],
): FhirResource {
  const kind = ENCOUNTER_CLASS[row.class];
  const diagnosis = diagnosisOf(diagnoses);
  return {
    resourceType: 'Encounter',
    id: row.id,
    status: 'finished',
    class: { system: CodeSystem.ACT_CODE, code: kind.code, display: kind.display },
    type: [{ text: kind.text }],
    ...(row.specialty ? { serviceType: specialtyConcept(row.specialty) } : {}),
    subject: reference('Patient', row.patientId),
    participant: [
      {
        type: [
          {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'PPRF' }],
            text: 'Лечащий врач',
          },
        ],
        individual: reference('Practitioner', row.practitioner.id, row.practitioner.name),
      },
    ],
    ...(row.appointmentId ? { appointment: [reference('Appointment', row.appointmentId)] } : {}),
    ...(diagnosis.length > 0 ? { diagnosis } : {}),
    period: {
      start: row.periodStart.toISOString(),
      ...(row.periodEnd ? { end: row.periodEnd.toISOString() } : {}),
    },
    serviceProvider: reference('Organization', row.organization.id, row.organization.name),
  };
}

const ROLE_TEXT = {
  primary: 'Основной диагноз',
  secondary: 'Сопутствующий диагноз',
  complication: 'Осложнение основного диагноза',
} as const;

/** A diagnosis: the МКБ-10 code with its Russian name; its role in the visit as the category's text. */
export function toCondition(row: InteropCondition): FhirResource {
  return {
    resourceType: 'Condition',
    id: row.id,
    clinicalStatus: { coding: [{ system: CodeSystem.CONDITION_CLINICAL, code: row.clinicalStatus }] },
    verificationStatus: {
      coding: [{ system: CodeSystem.CONDITION_VERIFICATION, code: row.verificationStatus }],
    },
    category: [
      {
        coding: [{ system: CodeSystem.CONDITION_CATEGORY, code: 'encounter-diagnosis' }],
        text: row.role ? ROLE_TEXT[row.role] : 'Диагноз',
      },
    ],
    code: { coding: [{ system: CodeSystem.ICD10, code: row.code, display: row.name }], text: row.name },
    subject: reference('Patient', row.patientId),
    ...(row.encounterId ? { encounter: reference('Encounter', row.encounterId) } : {}),
    ...(row.onsetDate ? { onsetDateTime: row.onsetDate } : {}),
    ...(row.abatementDate ? { abatementDateTime: row.abatementDate } : {}),
    recordedDate: row.recordedAt.toISOString(),
    ...(row.recordedBy
      ? { recorder: reference('Practitioner', row.recordedBy.id, row.recordedBy.name) }
      : {}),
  };
}

/** Talon's prescription statuses in FHIR's: signed and sent are in force, dispensed done, expired stopped. */
const PRESCRIPTION_STATUS = {
  signed: 'active',
  sent: 'active',
  dispensed: 'completed',
  cancelled: 'cancelled',
  expired: 'stopped',
} as const;

export function toMedicationRequest(row: InteropMedicationRequest): FhirResource {
  const text = [row.medicineName, row.form, row.strength].filter(Boolean).join(', ');
  return {
    resourceType: 'MedicationRequest',
    id: row.id,
    identifier: [{ system: IdentifierSystem.PRESCRIPTION_NUMBER, value: row.number }],
    status: PRESCRIPTION_STATUS[row.status],
    intent: 'order',
    medicationCodeableConcept: {
      coding: [{ system: CodeSystem.MEDICINE, code: row.medicineId, display: row.medicineName }],
      text,
    },
    subject: reference('Patient', row.patientId),
    ...(row.encounterId ? { encounter: reference('Encounter', row.encounterId) } : {}),
    authoredOn: row.authoredOn.toISOString(),
    requester: reference('Practitioner', row.practitioner.id, row.practitioner.name),
    ...(row.dosageText ? { dosageInstruction: [{ text: row.dosageText }] } : {}),
    dispenseRequest: {
      validityPeriod: { end: row.validUntil },
      quantity: { value: row.quantity },
    },
  };
}

export function toImmunization(row: InteropImmunization): FhirResource {
  const performer = row.organization
    ? reference('Organization', row.organization.id, row.organization.name)
    : row.performerName
      ? { display: row.performerName }
      : null;
  return {
    resourceType: 'Immunization',
    id: row.id,
    status: 'completed',
    vaccineCode: {
      coding: [{ system: CodeSystem.VACCINE, code: row.vaccineCode, display: row.vaccineName }],
      text: row.vaccineName,
    },
    patient: reference('Patient', row.patientId),
    ...(row.encounterId ? { encounter: reference('Encounter', row.encounterId) } : {}),
    occurrenceDateTime: row.occurrenceDate,
    // Recorded by the clinic that gave it; a vaccination brought from elsewhere is reported.
    primarySource: row.organization !== null,
    ...(row.lotNumber ? { lotNumber: row.lotNumber } : {}),
    ...(performer ? { performer: [{ actor: performer }] } : {}),
    ...(row.doseNumber ? { protocolApplied: [{ doseNumberPositiveInt: row.doseNumber }] } : {}),
  };
}
