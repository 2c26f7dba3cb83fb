import * as codes from '@talon/vocabulary/records';
import { ZText, z } from './zod';

// The medical record's API (issue 11; docs/medical-record.md); its coded lists are the vocabulary's.

const ZInstant = z.iso.datetime({ offset: true });
const ZIsoDate = z.iso.date({ message: 'Ожидается дата в формате ГГГГ-ММ-ДД' });
const ZNamedRef = z.object({ id: z.uuid(), name: z.string() });

export const ZInterpretation = z
  .enum(codes.INTERPRETATIONS)
  .describe('Computed by Talon (rule 25): critical low, low, normal, high, critical high')
  .meta({ id: 'Interpretation' });
export const ZMedicationRequestStatus = z
  .enum(codes.MEDICATION_REQUEST_STATUSES)
  .meta({ id: 'MedicationRequestStatus' });
export const ZCoverageStatus = z.enum(codes.COVERAGE_STATUSES).meta({ id: 'CoverageStatus' });
export const ZEncounterStatus = z.enum(codes.ENCOUNTER_STATUSES);
export const ZConditionClinicalStatus = z.enum(codes.CONDITION_CLINICAL_STATUSES);

/** `?patientId=`: a ward's record (or, for staff in care, a patient's); the caller's own when absent. */
const patientId = z
  .uuid({ message: 'Ожидается идентификатор пациента (UUID)' })
  .optional()
  .describe(
    "Whose record: a ward's, or for staff with a care relation a patient's; the caller's own when absent",
  );
const from = ZInstant.optional().describe('From this moment (inclusive), ISO 8601 with offset');
const to = ZInstant.optional().describe('Up to this moment (exclusive), ISO 8601 with offset');

export const ZRecordQuery = z.object({ patientId });
export const ZRecordPeriodQuery = z.object({ patientId, from, to });
export const ZConditionsQuery = z.object({
  patientId,
  status: z
    .enum(['active', 'all'], { message: 'Ожидается active или all' })
    .optional()
    .describe('`active`: active and recurring only'),
});
export const ZObservationsQuery = z.object({
  patientId,
  code: ZText(64).min(1).optional().describe('One analyte: a LOINC code (`718-7`) or a local `talon:…` code'),
  from,
  to,
});
export const ZObservationTrendQuery = z.object({
  patientId,
  code: ZText(64).min(1, { message: 'Укажите код показателя' }).describe('The analyte (LOINC or local code)'),
});
export const ZDocumentsQuery = z.object({
  patientId,
  type: ZText(64)
    .min(1)
    .optional()
    .describe('A document type code (`discharge-summary`, `outpatient-extract`, …)'),
  from,
  to,
});
export const ZPrescriptionsQuery = z.object({
  patientId,
  status: ZMedicationRequestStatus.optional().describe('Only prescriptions in this status'),
});

export const ZCondition = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    encounterId: z.uuid().nullable(),
    code: z.string().describe('ICD-10 (МКБ-10), canonical: `J06.9`'),
    name: z.string().describe('Its Russian name'),
    role: z.enum(codes.CONDITION_ROLES).nullable(),
    clinicalStatus: ZConditionClinicalStatus,
    verificationStatus: z.enum(codes.CONDITION_VERIFICATION_STATUSES),
    onsetDate: ZIsoDate.nullable(),
    abatementDate: ZIsoDate.nullable(),
    recordedBy: ZNamedRef.nullable(),
    recordedAt: ZInstant,
  })
  .meta({ id: 'Condition' });

export const ZEncounter = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    appointmentId: z.uuid().nullable(),
    class: z.enum(codes.ENCOUNTER_CLASSES).describe('Ambulatory, video, home visit'),
    status: ZEncounterStatus,
    practitioner: ZNamedRef.nullable(),
    specialty: z.object({ code: z.string(), name: z.string() }).nullable(),
    organization: ZNamedRef.nullable(),
    periodStart: ZInstant,
    periodEnd: ZInstant.nullable(),
    complaints: z.string().nullable(),
    anamnesis: z.string().nullable(),
    examination: z.string().nullable(),
    conclusion: z.string().nullable(),
    recommendations: z.string().nullable(),
    followUp: z.string().nullable(),
    version: z.number().int().describe('1, +1 per amendment of the finished record'),
    finishedAt: ZInstant.nullable(),
    conditions: z.array(ZCondition),
  })
  .meta({ id: 'Encounter' });

export const ZObservation = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    reportId: z.uuid().nullable(),
    code: z.string().describe('LOINC or local `talon:…` code'),
    codeSystem: z.enum(codes.OBSERVATION_CODE_SYSTEMS),
    name: z.string().describe('Russian name of the analyte'),
    valueKind: z.enum(codes.OBSERVATION_VALUE_KINDS),
    value: z.union([z.number(), z.string()]).describe('A number for a quantity, text otherwise'),
    unit: z.string().nullable().describe('UCUM'),
    unitDisplay: z.string().nullable().describe('The unit as Russian forms print it'),
    referenceRange: z.object({
      low: z.number().nullable(),
      high: z.number().nullable(),
      text: z.string().nullable(),
    }),
    interpretation: ZInterpretation.nullable(),
    effective: ZInstant,
    status: z.enum(codes.OBSERVATION_STATUSES),
    performer: z.string().nullable().describe('The laboratory'),
  })
  .meta({ id: 'Observation' });

export const ZObservationTrend = z
  .object({
    code: z.string(),
    name: z.string().nullable(),
    unit: z.string().nullable(),
    unitDisplay: z.string().nullable(),
    points: z.array(ZObservation).describe('Oldest first'),
  })
  .meta({ id: 'ObservationTrend' });

export const ZRecordDocument = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    encounterId: z.uuid().nullable(),
    type: z.object({ code: z.string(), name: z.string() }),
    title: z.string(),
    date: ZIsoDate,
    author: z.object({ id: z.uuid().nullable(), name: z.string() }).nullable(),
    organization: ZNamedRef.nullable(),
    status: z.enum(codes.DOCUMENT_STATUSES),
    sha256: z.string().nullable().describe('Hex SHA-256 of the PDF'),
    isSigned: z.boolean(),
    signed: z.boolean().describe('The same as isSigned: the PDF carries a PAdES signature (issue 12 item 6)'),
    signerName: z.string().nullable(),
    signedAt: ZInstant.nullable(),
    hasFile: z.boolean(),
    fileUrl: z.string().nullable().describe('`/api/v1/records/documents/{id}/file` when there is a PDF'),
    createdAt: ZInstant,
  })
  .meta({ id: 'RecordDocument' });

export const ZPrescription = z
  .object({
    id: z.uuid(),
    number: z.string(),
    patientId: z.uuid(),
    encounterId: z.uuid().nullable(),
    practitioner: ZNamedRef.nullable(),
    organization: ZNamedRef.nullable(),
    medicine: z.object({
      id: z.string(),
      name: z.string().describe('МНН'),
      form: z.string().nullable(),
      strength: z.string().nullable(),
    }),
    dosageText: z.string().nullable(),
    quantity: z.number().int(),
    validUntil: ZIsoDate,
    status: ZMedicationRequestStatus,
    signedAt: ZInstant.nullable(),
    sentAt: ZInstant.nullable(),
    dispensedAt: ZInstant.nullable(),
    cancelledAt: ZInstant.nullable(),
    createdAt: ZInstant,
  })
  .meta({ id: 'Prescription' });

export const ZImmunization = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    vaccine: z.object({ code: z.string(), name: z.string() }),
    date: ZIsoDate,
    doseNumber: z.number().int().nullable(),
    lotNumber: z.string().nullable(),
    organization: ZNamedRef.nullable(),
    performer: z.string().nullable(),
    status: z.enum(codes.IMMUNIZATION_STATUSES),
  })
  .meta({ id: 'Immunization' });

export const ZCoverage = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    kind: z.literal('oms'),
    numberMasked: z.string().describe('The ЕНП with all but its last four digits hidden'),
    insurer: z.object({ name: z.string().describe('СМО'), code: z.string().nullable() }),
    status: ZCoverageStatus,
    periodStart: ZIsoDate.nullable(),
    periodEnd: ZIsoDate.nullable(),
  })
  .meta({ id: 'Coverage' });

export const ZRecordSummary = z
  .object({
    patientId: z.uuid(),
    coverage: ZCoverage.nullable().describe('The OMS policy: the active one, else the latest'),
    activeConditions: z.array(ZCondition),
    latestOutOfRange: z
      .array(ZObservation)
      .describe('The latest result of each analyte whose latest value is out of range'),
    nextVisit: z
      .object({
        appointmentId: z.uuid(),
        startsAt: ZInstant,
        organization: ZNamedRef,
        practitioner: ZNamedRef.nullable(),
        specialty: z.object({ code: z.string(), name: z.string() }),
      })
      .nullable(),
    counts: z.object({
      encounters: z.number().int(),
      conditions: z.number().int(),
      observations: z.number().int(),
      documents: z.number().int(),
      prescriptions: z.number().int(),
      immunizations: z.number().int(),
    }),
  })
  .meta({ id: 'RecordSummary' });

const list = <T extends z.ZodType>(item: T, id: string) => z.object({ items: z.array(item) }).meta({ id });
export const ZEncounterList = list(ZEncounter, 'EncounterList');
export const ZConditionList = list(ZCondition, 'ConditionList');
export const ZObservationList = list(ZObservation, 'ObservationList');
export const ZRecordDocumentList = list(ZRecordDocument, 'RecordDocumentList');
export const ZPrescriptionList = list(ZPrescription, 'PrescriptionList');
export const ZImmunizationList = list(ZImmunization, 'ImmunizationList');
export const ZCoverageList = list(ZCoverage, 'CoverageList');

export type TCondition = z.infer<typeof ZCondition>;
export type TEncounter = z.infer<typeof ZEncounter>;
export type TObservation = z.infer<typeof ZObservation>;
export type TObservationTrend = z.infer<typeof ZObservationTrend>;
export type TRecordDocument = z.infer<typeof ZRecordDocument>;
export type TPrescription = z.infer<typeof ZPrescription>;
export type TImmunization = z.infer<typeof ZImmunization>;
export type TCoverage = z.infer<typeof ZCoverage>;
export type TRecordSummary = z.infer<typeof ZRecordSummary>;
