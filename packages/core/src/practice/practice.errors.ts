/** Error codes of the practitioner's own work (the doctor's cabinet), mapped to HTTP by the API. */
export const PracticeErrorCode = {
  /** The signed-in account is not a practitioner working as a doctor or nurse at any clinic. */
  NOT_A_PRACTITIONER: 'NOT_A_PRACTITIONER',
  /** A patient search names too little: two letters of a surname, a birth date or a SNILS. */
  PATIENT_QUERY_TOO_SHORT: 'PATIENT_QUERY_TOO_SHORT',
  /** The absence's days are impossible: the end before the start, a start in the past, longer than a year. */
  ABSENCE_PERIOD_INVALID: 'ABSENCE_PERIOD_INVALID',
  /** A practitioner at several clinics says at which one they will be away. */
  ABSENCE_CLINIC_REQUIRED: 'ABSENCE_CLINIC_REQUIRED',
  /** No such request, or one of another clinic (the same answer). */
  ABSENCE_REQUEST_NOT_FOUND: 'ABSENCE_REQUEST_NOT_FOUND',
  /** The request has been decided already. */
  ABSENCE_REQUEST_DECIDED: 'ABSENCE_REQUEST_DECIDED',
  /** A refusal without a reason: the practitioner is told why (422, field `reason`). */
  ABSENCE_REJECTION_REASON_REQUIRED: 'ABSENCE_REJECTION_REASON_REQUIRED',
} as const;
export type PracticeErrorCode = (typeof PracticeErrorCode)[keyof typeof PracticeErrorCode];
