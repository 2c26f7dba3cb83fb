/** Error codes of the registry module (mapped to HTTP and Russian text by the API). */
export const RegistryErrorCode = {
  /**
   * A patient search names nobody: it needs SNILS, an OMS policy, a phone, or a surname with a birth date,
   * so that a registrar cannot page through the patient list.
   */
  SEARCH_CRITERIA_REQUIRED: 'SEARCH_CRITERIA_REQUIRED',
  /** A criterion is malformed (SNILS checksum, phone, date); each field says what is wrong. */
  SEARCH_CRITERIA_INVALID: 'SEARCH_CRITERIA_INVALID',
  /** A walk-in's card has bad fields (SNILS checksum, passport, names, birth date); each field says what. */
  WALK_IN_INVALID: 'WALK_IN_INVALID',
  /** A person with this SNILS is already on file; the problem's `patientId` is their card, to open instead. */
  PATIENT_ALREADY_EXISTS: 'PATIENT_ALREADY_EXISTS',
  /** The caller acts for several clinics (or a region): the clinic (of a walk-in, of the queue) must be named. */
  CLINIC_REQUIRED: 'CLINIC_REQUIRED',
  /** The clinic named is not one the caller's desk works for (or does not exist). */
  CLINIC_OUT_OF_SCOPE: 'CLINIC_OUT_OF_SCOPE',
} as const;
export type RegistryErrorCode = (typeof RegistryErrorCode)[keyof typeof RegistryErrorCode];
