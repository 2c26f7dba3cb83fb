/**
 * The support desk (issue 17 item 2): the stages of a support ticket, «Новое» → «В работе» → «Ожидает ответа»
 * → «Решено» → «Закрыто» (the allowed moves are core's `support-workflow.ts`), and what a ticket is about.
 */
export const SUPPORT_TICKET_STATUSES = [
  'new',
  'in_progress',
  'awaiting_reply',
  'resolved',
  'closed',
] as const;
export type SupportTicketStatus = (typeof SUPPORT_TICKET_STATUSES)[number];

/** What a person writes about; `quality` is also the category of the tickets surveys open for a clinic. */
export const SUPPORT_CATEGORIES = [
  'booking',
  'medical_card',
  'sign_in',
  'representatives',
  'technical',
  'quality',
  'suggestion',
  'other',
] as const;
export type SupportCategory = (typeof SUPPORT_CATEGORIES)[number];

/** Who opened a ticket: a signed-in person through the feedback form, or the system (a low survey rating). */
export const SUPPORT_TICKET_SOURCES = ['form', 'chat', 'system'] as const;
export type SupportTicketSource = (typeof SUPPORT_TICKET_SOURCES)[number];

/** Who wrote a message of a ticket's conversation. */
export const SUPPORT_MESSAGE_AUTHORS = ['author', 'operator', 'system'] as const;
export type SupportMessageAuthor = (typeof SUPPORT_MESSAGE_AUTHORS)[number];
