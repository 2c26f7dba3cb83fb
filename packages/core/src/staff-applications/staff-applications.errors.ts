/**
 * Error codes of staff applications and certificates (issue 12 item 9). The API maps each to an HTTP status and
 * a Russian explanation in apps/api/src/plugins/problem-details/staff-applications-error-map.ts.
 */
export const StaffApplicationsErrorCode = {
  /** Unknown, another practitioner's, or another clinic's: never told apart (rule 16). */
  STAFF_APPLICATION_NOT_FOUND: 'STAFF_APPLICATION_NOT_FOUND',
  /** A required field of the type's form is empty or invalid; `fieldErrors` names each one. */
  STAFF_APPLICATION_INVALID: 'STAFF_APPLICATION_INVALID',
  /** The type requires a document (health leave: a medical document) and none is attached. */
  STAFF_APPLICATION_ATTACHMENT_REQUIRED: 'STAFF_APPLICATION_ATTACHMENT_REQUIRED',
  /** An attachment is not the caller's own unattached upload (gone, someone else's, used elsewhere). */
  STAFF_APPLICATION_ATTACHMENT_INVALID: 'STAFF_APPLICATION_ATTACHMENT_INVALID',
  /** The move is not allowed from the application's status (approve a submitted one, anything after a decision). */
  STAFF_APPLICATION_STATUS_CONFLICT: 'STAFF_APPLICATION_STATUS_CONFLICT',
  /** A rejection without a reason. */
  STAFF_APPLICATION_REASON_REQUIRED: 'STAFF_APPLICATION_REASON_REQUIRED',
  /** No such certificate, or another account's. */
  STAFF_CERTIFICATE_NOT_FOUND: 'STAFF_CERTIFICATE_NOT_FOUND',
} as const;
export type StaffApplicationsErrorCode =
  (typeof StaffApplicationsErrorCode)[keyof typeof StaffApplicationsErrorCode];
