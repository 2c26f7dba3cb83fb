/** Error codes of the registry module (mapped to HTTP and Russian text by the API). */
export const RegistryErrorCode = {
  /**
   * A patient search names nobody: it needs SNILS, an OMS policy, a phone, or a surname with a birth date,
   * so that a registrar cannot page through the patient list.
   */
  SEARCH_CRITERIA_REQUIRED: 'SEARCH_CRITERIA_REQUIRED',
  /** A criterion is malformed (SNILS checksum, phone, date); each field says what is wrong. */
  SEARCH_CRITERIA_INVALID: 'SEARCH_CRITERIA_INVALID',
} as const;
export type RegistryErrorCode = (typeof RegistryErrorCode)[keyof typeof RegistryErrorCode];
