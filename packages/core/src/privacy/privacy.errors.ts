/**
 * Error codes of the privacy module (the person's own data, consents, data-subject requests). The API maps
 * each to an HTTP status and a Russian explanation in apps/api/src/plugins/problem-details/domain-error-map.ts.
 */
export const PrivacyErrorCode = {
  /** The account has no patient card (a staff-only account): there is no "my data" to show. */
  NOT_A_PATIENT: 'NOT_A_PATIENT',
  /** The account points at a patient card that no longer exists. */
  PATIENT_CARD_NOT_FOUND: 'PATIENT_CARD_NOT_FOUND',
  /** Unknown, or someone else's: the two are never told apart. */
  CONSENT_NOT_FOUND: 'CONSENT_NOT_FOUND',
  CONSENT_ALREADY_REVOKED: 'CONSENT_ALREADY_REVOKED',
  /** A correction request must say what to correct. */
  DATA_REQUEST_DETAILS_REQUIRED: 'DATA_REQUEST_DETAILS_REQUIRED',
  /** Unknown, or outside the admin's organizations. */
  DATA_REQUEST_NOT_FOUND: 'DATA_REQUEST_NOT_FOUND',
  /** A done or rejected request is final; `received` cannot be set again. */
  DATA_REQUEST_STATUS_CONFLICT: 'DATA_REQUEST_STATUS_CONFLICT',
} as const;

export type PrivacyErrorCode = (typeof PrivacyErrorCode)[keyof typeof PrivacyErrorCode];
