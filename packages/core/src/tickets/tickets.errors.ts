/** Error codes of tickets (mapped to HTTP and Russian text by the API). */
export const TicketErrorCode = {
  /** No such appointment, or the caller may not see it (the two are not told apart). */
  TICKET_NOT_FOUND: 'TICKET_NOT_FOUND',
  /** The appointment was cancelled or moved: its ticket is no longer valid. */
  TICKET_NOT_AVAILABLE: 'TICKET_NOT_AVAILABLE',
} as const;
export type TicketErrorCode = (typeof TicketErrorCode)[keyof typeof TicketErrorCode];

/** Error codes of emailing a ticket (issue 6). */
export const TicketEmailErrorCode = {
  /** No email was given and the account has none: add one in the profile. */
  EMAIL_REQUIRED: 'EMAIL_REQUIRED',
  /** The ticket was emailed too often in the last hour (`retryAfterSeconds`). */
  TICKET_EMAIL_RATE_LIMITED: 'TICKET_EMAIL_RATE_LIMITED',
} as const;
export type TicketEmailErrorCode = (typeof TicketEmailErrorCode)[keyof typeof TicketEmailErrorCode];
