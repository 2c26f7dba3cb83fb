/** Error codes of the medical record (mapped to HTTP and Russian text by the API). */
export const RecordsErrorCode = {
  /** Staff reading a record must name the patient (`patientId`). */
  RECORD_PATIENT_REQUIRED: 'RECORD_PATIENT_REQUIRED',
  /** Only staff with a care relation (or emergency access) write to a patient's record. */
  RECORD_AUTHOR_REQUIRED: 'RECORD_AUTHOR_REQUIRED',
  ENCOUNTER_NOT_FOUND: 'ENCOUNTER_NOT_FOUND',
  /** A finished visit record is amended with a new version, never edited in place (rule 26). */
  ENCOUNTER_FINISHED: 'ENCOUNTER_FINISHED',
  /** An encounter has at most one primary diagnosis. */
  PRIMARY_CONDITION_TAKEN: 'PRIMARY_CONDITION_TAKEN',
  UNKNOWN_ICD10: 'UNKNOWN_ICD10',
  UNKNOWN_MEDICINE: 'UNKNOWN_MEDICINE',
  UNKNOWN_ANALYTE: 'UNKNOWN_ANALYTE',
  /** A lab report without observations, or an observation value that does not fit its kind. */
  LAB_REPORT_INVALID: 'LAB_REPORT_INVALID',
  PRESCRIPTION_NOT_FOUND: 'PRESCRIPTION_NOT_FOUND',
  /** The prescription cannot move to the asked status from the one it is in (or someone moved it first). */
  PRESCRIPTION_STATUS_CONFLICT: 'PRESCRIPTION_STATUS_CONFLICT',
  /** Cancelling a prescription needs a reason. */
  PRESCRIPTION_CANCEL_REASON_REQUIRED: 'PRESCRIPTION_CANCEL_REASON_REQUIRED',
  DOCUMENT_NOT_FOUND: 'DOCUMENT_NOT_FOUND',
  /** The document has no PDF stored. */
  DOCUMENT_FILE_MISSING: 'DOCUMENT_FILE_MISSING',
  /** An amendment of a finished visit record names its reason (rule 26). */
  ENCOUNTER_AMENDMENT_REASON_REQUIRED: 'ENCOUNTER_AMENDMENT_REASON_REQUIRED',
  /** Only a finished record is amended; an in-progress one is saved with PUT. */
  ENCOUNTER_NOT_FINISHED: 'ENCOUNTER_NOT_FINISHED',
  /** Another amendment of the same version came first. */
  ENCOUNTER_AMENDMENT_CONFLICT: 'ENCOUNTER_AMENDMENT_CONFLICT',
  /** The appointment is not this patient's visit with this practitioner. */
  ENCOUNTER_APPOINTMENT_MISMATCH: 'ENCOUNTER_APPOINTMENT_MISMATCH',
  /** The practitioner has no role at a clinic to write the record for. */
  ENCOUNTER_ORGANIZATION_REQUIRED: 'ENCOUNTER_ORGANIZATION_REQUIRED',
  /** The medicine has no such form or strength in the reference. */
  UNKNOWN_MEDICINE_FORM: 'UNKNOWN_MEDICINE_FORM',
  /** A prescription's encounter must be a visit of the same patient. */
  PRESCRIPTION_ENCOUNTER_MISMATCH: 'PRESCRIPTION_ENCOUNTER_MISMATCH',
  /** A period whose end is before its start. */
  RECORD_PERIOD_INVALID: 'RECORD_PERIOD_INVALID',
  /** A code of the order form that is neither a panel nor an analyte of the laboratory reference. */
  UNKNOWN_LAB_TEST: 'UNKNOWN_LAB_TEST',
  /** No such laboratory order, or the caller may not see it (the same answer). */
  LAB_ORDER_NOT_FOUND: 'LAB_ORDER_NOT_FOUND',
  /** The order is completed or revoked already (or that happened meanwhile). */
  LAB_ORDER_NOT_ACTIVE: 'LAB_ORDER_NOT_ACTIVE',
  /** A result for an analyte the order did not ask for. */
  LAB_RESULT_NOT_ORDERED: 'LAB_RESULT_NOT_ORDERED',
  /** No such report among the caller's results to review. */
  LAB_REPORT_NOT_FOUND: 'LAB_REPORT_NOT_FOUND',
} as const;
export type RecordsErrorCode = (typeof RecordsErrorCode)[keyof typeof RecordsErrorCode];
