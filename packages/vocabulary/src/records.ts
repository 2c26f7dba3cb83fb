/**
 * The coded lists of the clinical model (FHIR R4 names; docs/medical-record.md). Declared once here: the
 * database's check constraints and the API's enums are built from them.
 */

/** Encounter.status: a visit record is written `in-progress` and closed `finished` (rule 26). */
export const ENCOUNTER_STATUSES = ['in-progress', 'finished', 'entered-in-error'] as const;
export type EncounterStatus = (typeof ENCOUNTER_STATUSES)[number];

/** Encounter.class (v3 ActCode): ambulatory, video, home visit. */
export const ENCOUNTER_CLASSES = ['AMB', 'VR', 'HH'] as const;
export type EncounterClass = (typeof ENCOUNTER_CLASSES)[number];

/** The role of a diagnosis in a visit: at most one `primary` per encounter (the database enforces it). */
export const CONDITION_ROLES = ['primary', 'secondary', 'complication'] as const;
export type ConditionRole = (typeof CONDITION_ROLES)[number];

export const CONDITION_CLINICAL_STATUSES = ['active', 'recurrence', 'remission', 'resolved'] as const;
export type ConditionClinicalStatus = (typeof CONDITION_CLINICAL_STATUSES)[number];

export const CONDITION_VERIFICATION_STATUSES = ['confirmed', 'provisional'] as const;
export type ConditionVerificationStatus = (typeof CONDITION_VERIFICATION_STATUSES)[number];

export const REPORT_STATUSES = ['registered', 'partial', 'final', 'amended', 'cancelled'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const OBSERVATION_STATUSES = ['final', 'amended', 'cancelled'] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

/** A number with a UCUM unit, a coded result («отрицательно») or free text. */
export const OBSERVATION_VALUE_KINDS = ['quantity', 'coded', 'text'] as const;
export type ObservationValueKind = (typeof OBSERVATION_VALUE_KINDS)[number];

/** Observation.interpretation computed by Talon (rule 25): critical low, low, normal, high, critical high. */
export const INTERPRETATIONS = ['LL', 'L', 'N', 'H', 'HH'] as const;
export type Interpretation = (typeof INTERPRETATIONS)[number];

/** LOINC, or Talon's local system for analytes LOINC has no code for. */
export const LOINC_SYSTEM = 'http://loinc.org';
export const LOCAL_LAB_SYSTEM = 'urn:talon:lab';
export const OBSERVATION_CODE_SYSTEMS = [LOINC_SYSTEM, LOCAL_LAB_SYSTEM] as const;
export type ObservationCodeSystem = (typeof OBSERVATION_CODE_SYSTEMS)[number];

export const DOCUMENT_STATUSES = ['current', 'superseded', 'entered-in-error'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** MedicationRequest (e-prescription) statuses; the moves between them are `prescription-workflow.ts`. */
export const MEDICATION_REQUEST_STATUSES = [
  'draft',
  'signed',
  'sent',
  'dispensed',
  'cancelled',
  'expired',
] as const;
export type MedicationRequestStatus = (typeof MEDICATION_REQUEST_STATUSES)[number];

export const IMMUNIZATION_STATUSES = ['completed', 'entered-in-error'] as const;
export type ImmunizationStatus = (typeof IMMUNIZATION_STATUSES)[number];

/** The OMS policy's state as the insurer (СМО) reports it. */
export const COVERAGE_STATUSES = ['active', 'suspended', 'expired'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

/**
 * A laboratory order (FHIR ServiceRequest): `active` until its results are stored (`completed`) or the
 * practitioner withdraws it (`revoked`); nothing leaves `completed` or `revoked`.
 */
export const LAB_ORDER_STATUSES = ['active', 'completed', 'revoked'] as const;
export type LabOrderStatus = (typeof LAB_ORDER_STATUSES)[number];

/** ServiceRequest.priority as the cabinet offers it. */
export const LAB_ORDER_PRIORITIES = ['routine', 'urgent'] as const;
export type LabOrderPriority = (typeof LAB_ORDER_PRIORITIES)[number];

/** An order's item: a panel of the reference (its analytes) or one analyte. */
export const LAB_ORDER_ITEM_KINDS = ['panel', 'analyte'] as const;
export type LabOrderItemKind = (typeof LAB_ORDER_ITEM_KINDS)[number];
