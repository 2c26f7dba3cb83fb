import type { Principal, RequestOrigin } from '../identity';
import type { Clock } from '../shared';
import { getTicket, type TicketDeps } from './get-ticket';
import { renderTicketIcs } from './ticket-ics';
import type { TicketView } from './tickets.types';

/** The host part of calendar UIDs: stable, so a second download updates the same calendar event. */
export const TICKET_EVENT_DOMAIN = 'talon';

/**
 * The ticket as a calendar event (.ics) with a reminder, for whoever may read the ticket (`getTicket`'s
 * policy and refusals). The event's stamp is the clock's now.
 */
export async function getTicketEvent(
  deps: TicketDeps & { clock: Clock },
  principal: Principal,
  input: { appointmentId: string; origin: RequestOrigin },
): Promise<{ ticket: TicketView; ics: string }> {
  const ticket = await getTicket(deps, principal, input);
  return { ticket, ics: renderTicketIcs(ticket, { now: deps.clock.now(), domain: TICKET_EVENT_DOMAIN }) };
}
