/**
 * Error codes of data-change requests. The API maps each to an HTTP status and a Russian explanation in
 * apps/api/src/plugins/problem-details/data-changes-error-map.ts.
 */
export const DataChangeErrorCode = {
  /** Unknown, someone else's, or outside the staff member's clinics: never told apart. */
  DATA_CHANGE_NOT_FOUND: 'DATA_CHANGE_NOT_FOUND',
  /** The transition is not allowed from the request's status (approve twice, apply a rejected one, …). */
  DATA_CHANGE_STATUS_CONFLICT: 'DATA_CHANGE_STATUS_CONFLICT',
  /** A phone or e-mail change is applied only after the code sent to the new address was entered. */
  DATA_CHANGE_NOT_CONFIRMED: 'DATA_CHANGE_NOT_CONFIRMED',
  /** There is no code to enter: the category needs none, or it was already entered. */
  DATA_CHANGE_CODE_NOT_AVAILABLE: 'DATA_CHANGE_CODE_NOT_AVAILABLE',
  /** An attachment is not the caller's unattached upload. */
  DATA_CHANGE_ATTACHMENT_INVALID: 'DATA_CHANGE_ATTACHMENT_INVALID',
  /** A rejection must say why. */
  DATA_CHANGE_COMMENT_REQUIRED: 'DATA_CHANGE_COMMENT_REQUIRED',
  /** The new value is already on the card (a policy or the SNILS of another person, for instance). */
  DATA_CHANGE_VALUE_TAKEN: 'DATA_CHANGE_VALUE_TAKEN',
} as const;

export type DataChangeErrorCode = (typeof DataChangeErrorCode)[keyof typeof DataChangeErrorCode];
