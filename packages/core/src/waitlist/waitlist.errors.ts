/** Error codes of the waitlist (mapped to HTTP and Russian text by the API). */
export const WaitlistErrorCode = {
  /** The entry does not exist or is not the caller's (or a ward's): the answer is the same. */
  WAITLIST_ENTRY_NOT_FOUND: 'WAITLIST_ENTRY_NOT_FOUND',
  /** `to` before `from`. */
  WAITLIST_WINDOW_INVALID: 'WAITLIST_WINDOW_INVALID',
  /** The window ended before today. */
  WAITLIST_WINDOW_IN_PAST: 'WAITLIST_WINDOW_IN_PAST',
  /** The window is longer than allowed or ends beyond the longest booking horizon. */
  WAITLIST_WINDOW_TOO_LONG: 'WAITLIST_WINDOW_TOO_LONG',
  /** The practitioner or clinic does not exist or has no role in the specialty. */
  WAITLIST_TARGET_NOT_FOUND: 'WAITLIST_TARGET_NOT_FOUND',
  /** The patient already waits for this specialty and target. */
  WAITLIST_DUPLICATE: 'WAITLIST_DUPLICATE',
  /** The patient has as many active entries as allowed. */
  WAITLIST_LIMIT: 'WAITLIST_LIMIT',
} as const;
export type WaitlistErrorCode = (typeof WaitlistErrorCode)[keyof typeof WaitlistErrorCode];
