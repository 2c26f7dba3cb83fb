/** Error codes of the practitioner's own work (the doctor's cabinet), mapped to HTTP by the API. */
export const PracticeErrorCode = {
  /** The signed-in account is not a practitioner working as a doctor or nurse at any clinic. */
  NOT_A_PRACTITIONER: 'NOT_A_PRACTITIONER',
  /** A patient search names too little: two letters of a surname, a birth date or a SNILS. */
  PATIENT_QUERY_TOO_SHORT: 'PATIENT_QUERY_TOO_SHORT',
} as const;
export type PracticeErrorCode = (typeof PracticeErrorCode)[keyof typeof PracticeErrorCode];
