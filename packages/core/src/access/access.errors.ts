/** Error codes of the access module (mapped to HTTP and Russian text by the API). */
export const AccessErrorCode = {
  /** The record does not exist or the caller may not see it: the answer is the same, so nothing leaks. */
  PATIENT_NOT_FOUND: 'PATIENT_NOT_FOUND',
  EMERGENCY_REASON_REQUIRED: 'EMERGENCY_REASON_REQUIRED',
  WARD_LINK_NOT_FOUND: 'WARD_LINK_NOT_FOUND',
  /** A child is linked by a parent; an adult needs a guardian link or their own consent. */
  WARD_NOT_A_CHILD: 'WARD_NOT_A_CHILD',
  WARD_DOCUMENT_REQUIRED: 'WARD_DOCUMENT_REQUIRED',
  WARD_ALREADY_LINKED: 'WARD_ALREADY_LINKED',
  /** The ward's SNILS is known with other personal data. */
  WARD_DATA_MISMATCH: 'WARD_DATA_MISMATCH',
  /** The adult asked for consent has no account with a confirmed phone. */
  PROXY_NOT_REACHABLE: 'PROXY_NOT_REACHABLE',
  CONSENT_REQUEST_NOT_FOUND: 'CONSENT_REQUEST_NOT_FOUND',
  LINK_ALREADY_DECIDED: 'LINK_ALREADY_DECIDED',
} as const;
export type AccessErrorCode = (typeof AccessErrorCode)[keyof typeof AccessErrorCode];
