/**
 * Error codes of attachment requests. The API maps each to an HTTP status and a Russian explanation in
 * apps/api/src/plugins/problem-details/attachment-error-map.ts.
 */
export const AttachmentErrorCode = {
  /** Unknown, someone else's, or another clinic's: never told apart (rule 16). */
  ATTACHMENT_REQUEST_NOT_FOUND: 'ATTACHMENT_REQUEST_NOT_FOUND',
  /** The attachment changed less than a year ago and the patient did not move (docs/domain.md). */
  ATTACHMENT_CHANGE_TOO_SOON: 'ATTACHMENT_CHANGE_TOO_SOON',
  /** The patient already has a request waiting for a decision. */
  ATTACHMENT_REQUEST_OPEN: 'ATTACHMENT_REQUEST_OPEN',
  /** The patient is already attached to that clinic (and district). */
  ATTACHMENT_ALREADY_ATTACHED: 'ATTACHMENT_ALREADY_ATTACHED',
  /** The clinic is unknown or does not take patients. */
  ATTACHMENT_ORGANIZATION_UNKNOWN: 'ATTACHMENT_ORGANIZATION_UNKNOWN',
  /** The scan is not the caller's unattached upload. */
  ATTACHMENT_SCAN_INVALID: 'ATTACHMENT_SCAN_INVALID',
  /** Only a request under review is decided, once. */
  ATTACHMENT_STATUS_CONFLICT: 'ATTACHMENT_STATUS_CONFLICT',
  /** A rejection must say why. */
  ATTACHMENT_COMMENT_REQUIRED: 'ATTACHMENT_COMMENT_REQUIRED',
  /** An exception to the once-a-year rule at the desk must say why (rule 5a). */
  ATTACHMENT_OVERRIDE_REASON_REQUIRED: 'ATTACHMENT_OVERRIDE_REASON_REQUIRED',
  /** The patient the registrar attaches at the desk is unknown. */
  ATTACHMENT_PATIENT_NOT_FOUND: 'ATTACHMENT_PATIENT_NOT_FOUND',
} as const;

export type AttachmentErrorCode = (typeof AttachmentErrorCode)[keyof typeof AttachmentErrorCode];
