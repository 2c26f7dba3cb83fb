import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { type Actor, addReply, detailsOf, moveTicket } from './move-ticket';
import { SupportErrorCode } from './support.errors';
import type { SupportDeps, SupportRepos } from './support.ports';
import type { SupportTicket, SupportTicketDetails } from './support.types';
import { MAX_SUPPORT_TEXT, supportText } from './support-text';

const actorOf = (principal: Principal, origin: RequestOrigin): Actor => ({
  accountId: principal.accountId,
  role: principal.roles[0]?.role ?? null,
  origin,
});

/** The caller's own ticket; anyone else's is 404 exactly like one that does not exist. */
async function own(repos: SupportRepos, principal: Principal, ticketId: string): Promise<SupportTicket> {
  const ticket = await repos.tickets.find(ticketId);
  if (!ticket || ticket.accountId !== principal.accountId) {
    throw new DomainError(SupportErrorCode.SUPPORT_TICKET_NOT_FOUND);
  }
  return ticket;
}

/** The caller's tickets, newest first. */
export async function listMySupportTickets(
  deps: SupportDeps,
  principal: Principal,
): Promise<SupportTicket[]> {
  return deps.store.transaction((repos) => repos.tickets.listForAccount(principal.accountId));
}

/** One of the caller's tickets with its conversation. */
export async function getMySupportTicket(
  deps: SupportDeps,
  principal: Principal,
  input: { ticketId: string },
): Promise<SupportTicketDetails> {
  return deps.store.transaction(async (repos) =>
    detailsOf(repos, await own(repos, principal, input.ticketId)),
  );
}

/** The person writes in their ticket's conversation (which reopens a resolved ticket). */
export async function replyToMySupportTicket(
  deps: SupportDeps,
  principal: Principal,
  input: { ticketId: string; text: string; origin: RequestOrigin },
): Promise<SupportTicketDetails> {
  const now = deps.clock.now();
  const text = supportText(input.text, MAX_SUPPORT_TEXT, 'body.text');
  return deps.store.transaction(async (repos) => {
    const ticket = await own(repos, principal, input.ticketId);
    const moved = await addReply(
      repos,
      ticket,
      { author: 'author', text },
      actorOf(principal, input.origin),
      now,
    );
    return detailsOf(repos, moved);
  });
}

/** The person closes their ticket: solved to their satisfaction, or no longer needed. */
export async function closeMySupportTicket(
  deps: SupportDeps,
  principal: Principal,
  input: { ticketId: string; origin: RequestOrigin },
): Promise<SupportTicketDetails> {
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const ticket = await own(repos, principal, input.ticketId);
    const moved = await moveTicket(repos, ticket, 'close', actorOf(principal, input.origin), now);
    return detailsOf(repos, moved);
  });
}
