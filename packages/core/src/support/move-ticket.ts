import { AuditAction } from '../audit';
import type { RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { SupportErrorCode } from './support.errors';
import type { SupportRepos } from './support.ports';
import type { SupportMessageAuthor, SupportTicket, SupportTicketDetails } from './support.types';
import { tellAuthor } from './support-messages';
import { type SupportEvent, supportStatusAfter } from './support-workflow';

export interface Actor {
  accountId: string;
  role: string | null;
  origin: RequestOrigin;
}

/**
 * Moves a ticket by `event` (the status machine of support-workflow.ts) inside the caller's transaction:
 * conditional on the status read (two operators at once cannot both win: 409), audited, and the author told
 * of the new stage. Returns the ticket as it now is.
 */
export async function moveTicket(
  repos: SupportRepos,
  ticket: SupportTicket,
  event: SupportEvent,
  actor: Actor,
  at: Date,
): Promise<SupportTicket> {
  const to = supportStatusAfter(ticket.status, event);
  if (to === ticket.status) return ticket;
  if (!(await repos.tickets.setStatus(ticket.id, { from: ticket.status, to, at }))) {
    throw new DomainError(SupportErrorCode.SUPPORT_STATUS_CONFLICT, { params: { status: ticket.status } });
  }
  const moved: SupportTicket = {
    ...ticket,
    status: to,
    updatedAt: at,
    resolvedAt: to === 'resolved' ? at : to === 'closed' ? ticket.resolvedAt : null,
    closedAt: to === 'closed' ? at : null,
  };
  await repos.audit.record({
    actorAccountId: actor.accountId,
    actorRole: actor.role,
    action: AuditAction.SUPPORT_TICKET_UPDATE,
    outcome: 'success',
    recordType: 'support_ticket',
    recordId: ticket.id,
    ip: actor.origin.ip,
    userAgent: actor.origin.userAgent,
    details: { from: ticket.status, to, event },
    occurredAt: at,
  });
  await tellAuthor(repos, moved, `${to}:${at.getTime()}`);
  await repos.tickets.announce(ticket.id);
  return moved;
}

/** Adds a message to the conversation and moves the ticket as the writer's reply does. */
export async function addReply(
  repos: SupportRepos,
  ticket: SupportTicket,
  reply: { author: Extract<SupportMessageAuthor, 'author' | 'operator'>; text: string },
  actor: Actor,
  at: Date,
): Promise<SupportTicket> {
  const event: SupportEvent = reply.author === 'operator' ? 'operator_reply' : 'author_reply';
  supportStatusAfter(ticket.status, event);
  const message = await repos.messages.add({
    ticketId: ticket.id,
    author: reply.author,
    authorAccountId: actor.accountId,
    text: reply.text,
    at,
  });
  let current = ticket;
  if (reply.author === 'operator' && !ticket.firstResponseAt) {
    await repos.tickets.markFirstResponse(ticket.id, at);
    current = { ...current, firstResponseAt: at };
  }
  const moved = await moveTicket(repos, current, event, actor, at);
  // An answer that leaves the status as it was (a second answer while awaiting) is still told, once.
  if (reply.author === 'operator' && moved.status === ticket.status)
    await tellAuthor(repos, moved, message.id);
  await repos.tickets.announce(ticket.id);
  return moved;
}

/** The ticket with its conversation and attachments. */
export async function detailsOf(repos: SupportRepos, ticket: SupportTicket): Promise<SupportTicketDetails> {
  const [messages, attachmentIds] = await Promise.all([
    repos.messages.listForTicket(ticket.id),
    repos.messages.attachmentIds(ticket.id),
  ]);
  return { ...ticket, messages, attachmentIds };
}
