/**
 * Error codes of the support desk. The API maps each to an HTTP status and a Russian explanation in
 * apps/api/src/plugins/problem-details/support-error-map.ts.
 */
export const SupportErrorCode = {
  /** Unknown, someone else's, or outside the staff member's clinics: never told apart. */
  SUPPORT_TICKET_NOT_FOUND: 'SUPPORT_TICKET_NOT_FOUND',
  /** The move is not allowed from the ticket's status (reply to a closed ticket, resolve it twice, …). */
  SUPPORT_STATUS_CONFLICT: 'SUPPORT_STATUS_CONFLICT',
  /** The text is empty or too long. */
  SUPPORT_TEXT_INVALID: 'SUPPORT_TEXT_INVALID',
  /** An attachment is not the caller's unattached upload. */
  SUPPORT_ATTACHMENT_INVALID: 'SUPPORT_ATTACHMENT_INVALID',
  /** The clinic chosen for a ticket does not exist. */
  SUPPORT_CLINIC_UNKNOWN: 'SUPPORT_CLINIC_UNKNOWN',
  /** The account to assign is not a support operator. */
  SUPPORT_ASSIGNEE_INVALID: 'SUPPORT_ASSIGNEE_INVALID',
  /** No such knowledge-base article or canned answer (or the caller may not edit them). */
  SUPPORT_ARTICLE_NOT_FOUND: 'SUPPORT_ARTICLE_NOT_FOUND',
} as const;

export type SupportErrorCode = (typeof SupportErrorCode)[keyof typeof SupportErrorCode];
