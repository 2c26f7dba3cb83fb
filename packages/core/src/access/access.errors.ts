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
  /** The SNILS given for a ward is the caller's own. */
  WARD_DATA_MISMATCH: 'WARD_DATA_MISMATCH',
  /** Too many new wards in 24 hours (`Retry-After`): the links table counts them, for every process. */
  WARD_LINK_LIMIT: 'WARD_LINK_LIMIT',
  /** The link is not waiting for a code (no phone on the child's file, or already decided). */
  WARD_CODE_NOT_AVAILABLE: 'WARD_CODE_NOT_AVAILABLE',
  /** Only a young person of 15–17 decides whether a parent reads their medical data. */
  MEDICAL_ACCESS_NOT_DECIDABLE: 'MEDICAL_ACCESS_NOT_DECIDABLE',
  /** The adult asked for consent has no account with a confirmed phone. */
  PROXY_NOT_REACHABLE: 'PROXY_NOT_REACHABLE',
  CONSENT_REQUEST_NOT_FOUND: 'CONSENT_REQUEST_NOT_FOUND',
  LINK_ALREADY_DECIDED: 'LINK_ALREADY_DECIDED',
  /** The scan given for a new ward is not an unattached upload of the caller's (missing, someone else's, used). */
  WARD_DOCUMENT_FILE_INVALID: 'WARD_DOCUMENT_FILE_INVALID',
} as const;
export type AccessErrorCode = (typeof AccessErrorCode)[keyof typeof AccessErrorCode];
