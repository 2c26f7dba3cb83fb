// Tickets (талоны): what a ticket shows, its calendar event, and who may get it.
export { getTicket, type TicketDeps } from './get-ticket';
export { escapeIcsText, foldIcsLine, ICS_REMINDER, icsUtc, renderTicketIcs } from './ticket-ics';
export { buildTicketView } from './ticket-view';
export { TicketErrorCode } from './tickets.errors';
export type * from './tickets.types';
export { timeZoneName, utcOffsetLabel } from './time-zone-names';
