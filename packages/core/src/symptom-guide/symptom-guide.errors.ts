/** Error codes of the symptom guide (mapped to HTTP and Russian text by the API). */
export const SymptomGuideErrorCode = {
  /** A picked symptom code is not in the rule table (422, field `body.symptoms`). */
  UNKNOWN_SYMPTOM: 'UNKNOWN_SYMPTOM',
} as const;
export type SymptomGuideErrorCode = (typeof SymptomGuideErrorCode)[keyof typeof SymptomGuideErrorCode];
