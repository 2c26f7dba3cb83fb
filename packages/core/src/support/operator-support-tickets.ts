import { AuditAction, recordRequestListRead, recordStaffRefusal, staffRoleOf } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { type Actor, addReply, detailsOf, moveTicket } from './move-ticket';
import { SupportErrorCode } from './support.errors';
import type { SupportDeps, SupportRepos } from './support.ports';
import type { SupportTicket, SupportTicketDetails, SupportTicketStatus } from './support.types';
import { handlesSupportTicketOf, supportScopeOf } from './support-scope';
import { MAX_SUPPORT_TEXT, supportText } from './support-text';

export const MAX_SUPPORT_PAGE_SIZE = 100;

const actorOf = (principal: Principal, origin: RequestOrigin): Actor => ({
  accountId: principal.accountId,
  role: staffRoleOf(principal),
  origin,
});

/**
 * Runs `work` in one transaction on a ticket the staff member handles (operators and the system admin: all;
 * a clinic admin: their clinics'). Any other is 404 like one that does not exist, with an `access.denied`
 * audit entry — committed, so the refusal is thrown only after the transaction.
 */
async function onHandledTicket<T>(
  deps: SupportDeps,
  principal: Principal,
  input: { ticketId: string; origin: RequestOrigin },
  work: (repos: SupportRepos, ticket: SupportTicket, at: Date) => Promise<T>,
): Promise<T> {
  const at = deps.clock.now();
  const outcome = await deps.store.transaction(async (repos) => {
    const ticket = await repos.tickets.find(input.ticketId);
    if (ticket && handlesSupportTicketOf(principal, ticket.organizationId)) {
      return { ok: true as const, value: await work(repos, ticket, at) };
    }
    if (ticket) {
      await recordStaffRefusal(repos.audit, {
        actorAccountId: principal.accountId,
        actorRole: staffRoleOf(principal),
        reason: 'not_in_scope',
        recordType: 'support_ticket',
        recordId: ticket.id,
        origin: input.origin,
        at,
      });
    }
    return { ok: false as const };
  });
  if (!outcome.ok) throw new DomainError(SupportErrorCode.SUPPORT_TICKET_NOT_FOUND);
  return outcome.value;
}

export interface SupportQueueInput {
  origin: RequestOrigin;
  status?: SupportTicketStatus;
  /** `mine`: assigned to the caller; `unassigned`: nobody's yet. */
  assignee?: 'mine' | 'unassigned';
  page: number;
  pageSize: number;
}

/** The operators' queue (filters by status and assignment), open tickets first, oldest first; audited. */
export async function listSupportQueue(
  deps: SupportDeps,
  principal: Principal,
  input: SupportQueueInput,
): Promise<{ items: SupportTicket[]; total: number }> {
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const page = await repos.tickets.search({
      scope: supportScopeOf(principal.roles),
      status: input.status,
      assigneeAccountId:
        input.assignee === 'mine' ? principal.accountId : input.assignee === 'unassigned' ? null : undefined,
      page: input.page,
      pageSize: Math.min(input.pageSize, MAX_SUPPORT_PAGE_SIZE),
    });
    await recordRequestListRead(repos.audit, {
      principal,
      recordType: 'support_ticket',
      ids: page.items.map((ticket) => ticket.id),
      origin: input.origin,
      at: now,
    });
    return page;
  });
}

/** One ticket with its conversation, for the staff handling it; the read is audited. */
export async function getSupportTicket(
  deps: SupportDeps,
  principal: Principal,
  input: { ticketId: string; origin: RequestOrigin },
): Promise<SupportTicketDetails> {
  return onHandledTicket(deps, principal, input, async (repos, ticket, now) => {
    await repos.audit.record({
      actorAccountId: principal.accountId,
      actorRole: staffRoleOf(principal),
      action: AuditAction.RECORD_READ,
      outcome: 'success',
      recordType: 'support_ticket',
      recordId: ticket.id,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent,
      occurredAt: now,
    });
    return detailsOf(repos, ticket);
  });
}

/**
 * An operator takes a ticket (no `assigneeAccountId`) or assigns it to another operator: «Новое» becomes «В
 * работе». The assignee must hold the `support` role.
 */
export async function assignSupportTicket(
  deps: SupportDeps,
  principal: Principal,
  input: { ticketId: string; assigneeAccountId?: string | null; origin: RequestOrigin },
): Promise<SupportTicketDetails> {
  return onHandledTicket(deps, principal, input, async (repos, ticket, now) => {
    const assigneeId = input.assigneeAccountId ?? principal.accountId;
    const assignee = await repos.accounts.findById(assigneeId);
    const mayBeAssigned =
      assignee?.roles.some((grant) => grant.role === 'support') ||
      (assigneeId === principal.accountId && handlesSupportTicketOf(principal, ticket.organizationId));
    if (!assignee || !mayBeAssigned) {
      throw new DomainError(SupportErrorCode.SUPPORT_ASSIGNEE_INVALID, { field: 'body.assigneeAccountId' });
    }
    const moved = await moveTicket(repos, ticket, 'take', actorOf(principal, input.origin), now);
    await repos.tickets.assign(ticket.id, assignee.id, now);
    await repos.tickets.announce(ticket.id);
    return detailsOf(repos, { ...moved, assigneeAccountId: assignee.id, assigneeName: assignee.displayName });
  });
}

/**
 * An operator answers in the conversation: the ticket waits for the person («Ожидает ответа»), or, with
 * `resolve`, is marked «Решено» at once. The first answer fixes the first response time.
 */
export async function answerSupportTicket(
  deps: SupportDeps,
  principal: Principal,
  input: { ticketId: string; text: string; resolve?: boolean; origin: RequestOrigin },
): Promise<SupportTicketDetails> {
  const text = supportText(input.text, MAX_SUPPORT_TEXT, 'body.text');
  return onHandledTicket(deps, principal, input, async (repos, ticket, now) => {
    const actor = actorOf(principal, input.origin);
    let moved = await addReply(repos, ticket, { author: 'operator', text }, actor, now);
    if (!ticket.assigneeAccountId) {
      await repos.tickets.assign(ticket.id, principal.accountId, now);
      moved = { ...moved, assigneeAccountId: principal.accountId, assigneeName: principal.displayName };
    }
    if (input.resolve) moved = await moveTicket(repos, moved, 'resolve', actor, now);
    return detailsOf(repos, moved);
  });
}

/** An operator marks a ticket «Решено» or «Закрыто». */
export async function setSupportTicketStatus(
  deps: SupportDeps,
  principal: Principal,
  input: { ticketId: string; status: 'resolved' | 'closed'; origin: RequestOrigin },
): Promise<SupportTicketDetails> {
  return onHandledTicket(deps, principal, input, async (repos, ticket, now) => {
    const event = input.status === 'resolved' ? 'resolve' : 'close';
    return detailsOf(repos, await moveTicket(repos, ticket, event, actorOf(principal, input.origin), now));
  });
}
