/** Error codes of the messaging module. */
export const MessagingErrorCode = {
  /** No such template, or the template has no text for this channel. */
  UNKNOWN_TEMPLATE: 'UNKNOWN_TEMPLATE',
  /** The payload lacks a value the template needs, or a value is malformed (a code that is not 6 digits). */
  INVALID_PAYLOAD: 'INVALID_PAYLOAD',
} as const;

export type MessagingErrorCode = (typeof MessagingErrorCode)[keyof typeof MessagingErrorCode];
