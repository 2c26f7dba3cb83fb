import { emailTicket, type TicketEmailDeps } from './email-ticket';
import { getTicket } from './get-ticket';
import { getTicketEvent } from './get-ticket-event';

/** What the tickets' use cases need. */
export type TicketsDeps = TicketEmailDeps;

/** The ticket of a visit: its view (for the PDF and QR), its calendar event, and the ticket by email. */
export const ticketsUseCases = {
  get: getTicket,
  event: getTicketEvent,
  email: emailTicket,
};
