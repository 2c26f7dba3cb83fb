import {
  SUPPORT_CATEGORIES,
  SUPPORT_MESSAGE_AUTHORS,
  SUPPORT_TICKET_SOURCES,
  SUPPORT_TICKET_STATUSES,
  type SupportCategory,
  type SupportMessageAuthor,
  type SupportTicketSource,
  type SupportTicketStatus,
} from '@talon/vocabulary';

export {
  SUPPORT_CATEGORIES,
  SUPPORT_MESSAGE_AUTHORS,
  SUPPORT_TICKET_SOURCES,
  SUPPORT_TICKET_STATUSES,
  type SupportCategory,
  type SupportMessageAuthor,
  type SupportTicketSource,
  type SupportTicketStatus,
};

/** The Russian label of each status, as the cabinet, the queue and the notifications show it. */
export const SUPPORT_STATUS_LABELS: Readonly<Record<SupportTicketStatus, string>> = {
  new: 'Новое',
  in_progress: 'В работе',
  awaiting_reply: 'Ожидает ответа',
  resolved: 'Решено',
  closed: 'Закрыто',
};

/** A support ticket (issue 17 item 2), without its conversation. */
export interface SupportTicket {
  id: string;
  /** `ОБ-2026-000123`. */
  number: string;
  /** The person who wrote it; null for a ticket the system opened (a low survey rating). */
  accountId: string | null;
  /** The clinic it concerns, when it concerns one: that clinic's admins see it too. */
  organizationId: string | null;
  category: SupportCategory;
  source: SupportTicketSource;
  status: SupportTicketStatus;
  subject: string;
  /** The cabinet page the form was sent from (`/appointments`), or what opened it (`survey:…`). */
  page: string | null;
  assigneeAccountId: string | null;
  assigneeName: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** The first operator's message: the first response time runs from `createdAt` to it. */
  firstResponseAt: Date | null;
  /** The last time it became «Решено» (cleared when the person reopens it). */
  resolvedAt: Date | null;
  closedAt: Date | null;
}

/** One message of a ticket's conversation. */
export interface SupportMessage {
  id: string;
  ticketId: string;
  author: SupportMessageAuthor;
  authorAccountId: string | null;
  authorName: string | null;
  text: string;
  createdAt: Date;
}

/** A ticket with its conversation and the files attached to it (the screenshot). */
export interface SupportTicketDetails extends SupportTicket {
  messages: SupportMessage[];
  attachmentIds: string[];
}

/** A knowledge-base article (written in Markdown by the system admin). */
export interface HelpArticle {
  id: string;
  slug: string;
  title: string;
  /** Markdown; the pages render it without raw HTML. */
  body: string;
  /** The words the search also matches (synonyms, what people type). */
  keywords: string;
  position: number;
  updatedAt: Date;
}

/** A stored answer an operator inserts into a reply. */
export interface CannedAnswer {
  id: string;
  title: string;
  text: string;
  updatedAt: Date;
}

/** Which tickets a staff member handles: all of them (operators, system admin) or their clinics'. */
export type SupportScope = { kind: 'all' } | { kind: 'organizations'; organizationIds: readonly string[] };
