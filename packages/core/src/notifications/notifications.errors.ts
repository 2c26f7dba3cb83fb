/** Error codes of notifications (problem+json `code`); Russian texts in the API's domain error map. */
export const NotificationsErrorCode = {
  /** A preference value out of range (time format, unknown zone). */
  PREFERENCES_INVALID: 'PREFERENCES_INVALID',
  /** A signed appointment link that is malformed or whose signature does not match. */
  APPOINTMENT_LINK_INVALID: 'APPOINTMENT_LINK_INVALID',
  /** A genuine link past its expiry. */
  APPOINTMENT_LINK_EXPIRED: 'APPOINTMENT_LINK_EXPIRED',
  /** A genuine link that was already used once. */
  APPOINTMENT_LINK_USED: 'APPOINTMENT_LINK_USED',
} as const;

export type NotificationsErrorCode = (typeof NotificationsErrorCode)[keyof typeof NotificationsErrorCode];
