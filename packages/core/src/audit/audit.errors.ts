/** Error codes of the audit module (mapped to HTTP and Russian text by the API). */
export const AuditErrorCode = {
  /** `from` after `to`, an invalid date, or a period starting in the future. */
  INVALID_AUDIT_PERIOD: 'INVALID_AUDIT_PERIOD',
  /** Page below 1 or page size outside 1–100. */
  INVALID_AUDIT_PAGE: 'INVALID_AUDIT_PAGE',
  /** An action name that is not in `AuditAction`. */
  UNKNOWN_AUDIT_ACTION: 'UNKNOWN_AUDIT_ACTION',
} as const;
export type AuditErrorCode = (typeof AuditErrorCode)[keyof typeof AuditErrorCode];
