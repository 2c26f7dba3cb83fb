// Tickets (талоны): what a ticket shows, its calendar event, and who may get it.
export {
  emailTicket,
  maskEmail,
  TICKET_EMAILS_PER_HOUR,
  type TicketEmailDeps,
  type TicketEmailRepos,
  type TicketEmailStore,
  ticketEmailPayload,
} from './email-ticket';
export { getTicket, type TicketDeps } from './get-ticket';
export { getTicketEvent, TICKET_EVENT_DOMAIN } from './get-ticket-event';
export { escapeIcsText, foldIcsLine, ICS_REMINDER, icsUtc, renderTicketIcs } from './ticket-ics';
export { buildTicketView } from './ticket-view';
export { TicketEmailErrorCode, TicketErrorCode } from './tickets.errors';
export type * from './tickets.types';
export { type TicketsDeps, ticketsUseCases } from './tickets.use-cases';
export { timeZoneName, utcOffsetLabel } from './time-zone-names';
