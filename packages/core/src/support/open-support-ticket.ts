import { AuditAction } from '../audit';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { SupportErrorCode } from './support.errors';
import type { SupportDeps, SupportRepos } from './support.ports';
import type {
  SupportCategory,
  SupportTicket,
  SupportTicketDetails,
  SupportTicketSource,
} from './support.types';
import { tellAuthor, tellOperators } from './support-messages';
import { MAX_SUPPORT_SUBJECT, MAX_SUPPORT_TEXT, supportText } from './support-text';

/** At most this many screenshots a ticket. */
export const MAX_SUPPORT_ATTACHMENTS = 3;

export interface OpenSupportTicketInput {
  origin: RequestOrigin;
  category: SupportCategory;
  /** Short; the first line of the text when left out. */
  subject?: string | null;
  text: string;
  /** The cabinet page the form was sent from. */
  page?: string | null;
  /** The clinic it concerns, if the person chose one. */
  clinicId?: string | null;
  /** The caller's own uploads (`POST /api/v1/uploads`): a screenshot. */
  attachmentIds?: readonly string[];
  /** `chat` when opened from the live chat. */
  source?: Extract<SupportTicketSource, 'form' | 'chat'>;
}

const subjectOf = (subject: string | null | undefined, text: string) =>
  supportText(
    subject?.trim() || (text.split('\n')[0] ?? '').slice(0, MAX_SUPPORT_SUBJECT),
    MAX_SUPPORT_SUBJECT,
    'body.subject',
  );

async function created(
  repos: SupportRepos,
  ticket: SupportTicket,
  text: string,
  at: Date,
  actor: { accountId: string | null; role: string | null; origin: RequestOrigin | null },
): Promise<SupportTicketDetails> {
  const message = await repos.messages.add({
    ticketId: ticket.id,
    author: ticket.accountId ? 'author' : 'system',
    authorAccountId: ticket.accountId,
    text,
    at,
  });
  await repos.audit.record({
    actorAccountId: actor.accountId,
    actorRole: actor.role,
    action: AuditAction.SUPPORT_TICKET_CREATE,
    outcome: 'success',
    recordType: 'support_ticket',
    recordId: ticket.id,
    ip: actor.origin?.ip ?? null,
    userAgent: actor.origin?.userAgent ?? null,
    details: { category: ticket.category, source: ticket.source },
    occurredAt: at,
  });
  await tellAuthor(repos, ticket, 'new');
  await tellOperators(repos, ticket);
  await repos.tickets.announce(ticket.id);
  return { ...ticket, messages: [message], attachmentIds: [] };
}

/**
 * A signed-in person (patient or staff) writes to support through the feedback form or the live chat
 * (issue 17 item 2): a ticket «Новое» with its number, the text as the first message of its conversation, the
 * screenshot attached, the author told in the app and by e-mail.
 */
export async function openSupportTicket(
  deps: SupportDeps,
  principal: Principal,
  input: OpenSupportTicketInput,
): Promise<SupportTicketDetails> {
  const now = deps.clock.now();
  const text = supportText(input.text, MAX_SUPPORT_TEXT, 'body.text');
  const subject = subjectOf(input.subject, text);
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  if (attachmentIds.length > MAX_SUPPORT_ATTACHMENTS) {
    throw new DomainError(SupportErrorCode.SUPPORT_ATTACHMENT_INVALID, { field: 'body.attachmentIds' });
  }
  return deps.store.transaction(async (repos) => {
    if (input.clinicId && !(await repos.tickets.organizationExists(input.clinicId))) {
      throw new DomainError(SupportErrorCode.SUPPORT_CLINIC_UNKNOWN, { field: 'body.clinicId' });
    }
    const ticket = await repos.tickets.create({
      accountId: principal.accountId,
      organizationId: input.clinicId ?? null,
      category: input.category,
      source: input.source ?? 'form',
      subject,
      page: input.page?.trim().slice(0, 300) || null,
      at: now,
    });
    for (const [index, id] of attachmentIds.entries()) {
      const attached = await repos.storedFiles.attach({
        id,
        ownerAccountId: principal.accountId,
        type: 'support_ticket',
        attachedToId: ticket.id,
        at: now,
      });
      if (!attached) {
        throw new DomainError(SupportErrorCode.SUPPORT_ATTACHMENT_INVALID, {
          field: `body.attachmentIds.${index}`,
        });
      }
    }
    const role = principal.roles[0]?.role ?? null;
    const opened = await created(repos, ticket, text, now, {
      accountId: principal.accountId,
      role,
      origin: input.origin,
    });
    return { ...opened, attachmentIds };
  });
}

export interface OpenSystemTicketInput {
  category: SupportCategory;
  /** The clinic the ticket is for: its admins see it in their queue. */
  clinicId: string | null;
  subject: string;
  text: string;
  /** What opened it, e.g. `survey:<surveyId>`; kept as the ticket's page. */
  source: string;
}

/**
 * The system opens a ticket on nobody's behalf (no signed-in user): the surveys open one for a clinic when a
 * patient gives a low rating. The ticket belongs to the clinic (`organization_id`), so the clinic's admins and
 * the support operators see it; nobody is notified as its author.
 *
 *     openSystemTicket(deps, null, { category: 'quality', clinicId, subject, text, source: 'survey:…' })
 */
export async function openSystemTicket(
  deps: SupportDeps,
  _principal: Principal | null,
  input: OpenSystemTicketInput,
): Promise<SupportTicketDetails> {
  const now = deps.clock.now();
  const text = supportText(input.text, MAX_SUPPORT_TEXT, 'text');
  const subject = supportText(input.subject, MAX_SUPPORT_SUBJECT, 'subject');
  return deps.store.transaction(async (repos) => {
    const ticket = await repos.tickets.create({
      accountId: null,
      organizationId: input.clinicId,
      category: input.category,
      source: 'system',
      subject,
      page: input.source.slice(0, 300) || null,
      at: now,
    });
    return created(repos, ticket, text, now, { accountId: null, role: null, origin: null });
  });
}
