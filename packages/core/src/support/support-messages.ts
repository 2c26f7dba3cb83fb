import { enqueueInAppAndEmail } from '../messaging';
import type { SupportRepos } from './support.ports';
import { SUPPORT_STATUS_LABELS, type SupportTicket } from './support.types';

/** The cabinet page of a ticket, in every cabinet («Помощь» → the ticket). */
export const supportTicketUrl = (ticketId: string) => `/help/tickets/${ticketId}`;

/** The operators' desk page of a ticket. */
const deskTicketUrl = (ticketId: string) => `/support/tickets/${ticketId}`;

/**
 * Tells every support operator of a new ticket in the app (the bell), in the transaction of the opening:
 * the number and a link to the desk, never the subject or the text. Once per ticket and operator.
 */
export async function tellOperators(repos: SupportRepos, ticket: SupportTicket): Promise<void> {
  for (const operatorId of await repos.tickets.operatorAccountIds()) {
    if (operatorId === ticket.accountId) continue;
    await repos.outbox.enqueue({
      event: 'support_ticket.new',
      channel: 'in_app',
      recipient: operatorId,
      accountId: operatorId,
      template: 'support_ticket_new',
      payload: { number: ticket.number, link: deskTicketUrl(ticket.id) },
      dedupeKey: `support:${ticket.id}:new:${operatorId}:in_app`,
    });
  }
}

/**
 * Tells the ticket's author of a new stage or an operator's answer, in the app and by e-mail, in the
 * transaction of the change (rule 22): the number and the status with a link, never what was written (a
 * ticket may speak of health). A ticket the system opened has nobody to tell. `step` makes each notice
 * once: the status, or the id of the operator's message.
 */
export async function tellAuthor(repos: SupportRepos, ticket: SupportTicket, step: string): Promise<void> {
  if (!ticket.accountId) return;
  const account = await repos.accounts.findById(ticket.accountId);
  await enqueueInAppAndEmail(repos.outbox, {
    event: 'support_ticket.status',
    accountId: ticket.accountId,
    template: 'support_ticket_status',
    payload: {
      number: ticket.number,
      status: SUPPORT_STATUS_LABELS[ticket.status],
      link: supportTicketUrl(ticket.id),
    },
    key: `support:${ticket.id}:${step}`,
    email: account?.email,
  });
}
