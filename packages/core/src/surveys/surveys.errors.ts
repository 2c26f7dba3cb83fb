/** Error codes of the surveys after a visit (mapped to HTTP and Russian text by the API); see docs/surveys.md. */
export const SurveyErrorCode = {
  /** Only a fulfilled visit (`fulfilled`: the visit took place) is surveyed. */
  SURVEY_NOT_ALLOWED: 'SURVEY_NOT_ALLOWED',
  /** The survey's window (30 days from the visit's start) has passed. */
  SURVEY_CLOSED: 'SURVEY_CLOSED',
  /** The visit already has its survey: one per appointment, never edited. */
  SURVEY_EXISTS: 'SURVEY_EXISTS',
  /** A rating outside 1–5, a missing practitioner rating, or a comment longer than allowed. */
  SURVEY_INVALID: 'SURVEY_INVALID',
  /** No such survey the caller may see (another clinic's is "not found" too). */
  SURVEY_NOT_FOUND: 'SURVEY_NOT_FOUND',
  /** The clinic has already answered this survey: one answer, never edited. */
  SURVEY_ANSWERED: 'SURVEY_ANSWERED',
} as const;
export type SurveyErrorCode = (typeof SurveyErrorCode)[keyof typeof SurveyErrorCode];
