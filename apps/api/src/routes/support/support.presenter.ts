import type { THelpArticle, TSupportTicket, TSupportTicketDetails } from '@talon/contracts';
import {
  type HelpArticle,
  SUPPORT_STATUS_LABELS,
  type SupportTicket,
  type SupportTicketDetails,
} from '@talon/core/support';

const iso = (at: Date | null) => (at ? at.toISOString() : null);

/** A ticket as its author and the operators see it. */
export const toSupportTicket = (ticket: SupportTicket): TSupportTicket => ({
  id: ticket.id,
  number: ticket.number,
  category: ticket.category,
  source: ticket.source,
  status: ticket.status,
  statusLabel: SUPPORT_STATUS_LABELS[ticket.status],
  subject: ticket.subject,
  page: ticket.page,
  organizationId: ticket.organizationId,
  assigneeName: ticket.assigneeName,
  createdAt: ticket.createdAt.toISOString(),
  updatedAt: ticket.updatedAt.toISOString(),
  firstResponseAt: iso(ticket.firstResponseAt),
  resolvedAt: iso(ticket.resolvedAt),
  closedAt: iso(ticket.closedAt),
});

/** The ticket with its conversation. */
export const toSupportTicketDetails = (ticket: SupportTicketDetails): TSupportTicketDetails => ({
  ...toSupportTicket(ticket),
  messages: ticket.messages.map((message) => ({
    id: message.id,
    author: message.author,
    authorName: message.authorName,
    text: message.text,
    createdAt: message.createdAt.toISOString(),
  })),
  attachmentIds: ticket.attachmentIds,
});

export const toHelpArticle = (article: HelpArticle): THelpArticle => ({
  slug: article.slug,
  title: article.title,
  body: article.body,
  keywords: article.keywords,
  position: article.position,
  updatedAt: article.updatedAt.toISOString(),
});
