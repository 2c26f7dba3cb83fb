import { SUPPORT_CATEGORIES, SUPPORT_MESSAGE_AUTHORS, SUPPORT_TICKET_STATUSES } from '@talon/vocabulary';
import { pageOf, paginationQuery } from './pagination.contract';
import { ZText, z } from './zod';

/** The support desk (issue 17 item 2): the knowledge base, tickets and their conversation, the operators' queue. */

const ZDateTime = z.iso.datetime({ offset: true });

export const ZSupportCategory = z
  .enum(SUPPORT_CATEGORIES)
  .describe(
    'booking «Запись к врачу», medical_card «Медицинская карта», sign_in «Вход», representatives ' +
      '«Представители», technical «Технический сбой», quality «Качество обслуживания», suggestion ' +
      '«Предложение», other «Другое»',
  );
export const ZSupportTicketStatus = z
  .enum(SUPPORT_TICKET_STATUSES)
  .describe(
    'new «Новое», in_progress «В работе», awaiting_reply «Ожидает ответа», resolved «Решено», closed «Закрыто»',
  );

export const ZHelpArticle = z
  .object({
    slug: z.string(),
    title: z.string(),
    body: z.string().describe('Markdown; pages render it without raw HTML'),
    keywords: z.string(),
    position: z.number().int(),
    updatedAt: ZDateTime,
  })
  .meta({ id: 'HelpArticle' });
export type THelpArticle = z.infer<typeof ZHelpArticle>;

export const ZHelpArticleList = z.object({ items: z.array(ZHelpArticle) }).meta({ id: 'HelpArticleList' });

export const ZHelpSearchQuery = z.object({
  q: ZText(200).default('').describe('Words to search for (Russian full-text search); empty: every article'),
});

export const ZHelpArticleSlug = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(100),
});

export const ZSaveHelpArticle = z
  .object({
    title: ZText(200).min(1),
    body: z.string().min(1).max(20_000).describe('Markdown'),
    keywords: ZText(500).default(''),
    position: z.number().int().min(0).max(10_000).default(100),
  })
  .meta({ id: 'SaveHelpArticle' });

export const ZOpenSupportTicket = z
  .object({
    category: ZSupportCategory,
    subject: ZText(200).optional().describe('The first line of the text when left out'),
    text: z.string().min(1).max(5000),
    page: ZText(300).optional().describe('The cabinet page the form was sent from'),
    clinicId: z.uuid().optional().describe('The clinic the ticket concerns, if any'),
    attachmentIds: z
      .array(z.uuid())
      .max(3)
      .default([])
      .describe('The caller’s own uploads (POST /api/v1/uploads): a screenshot, PNG/JPEG/PDF'),
    source: z.enum(['form', 'chat']).default('form'),
  })
  .meta({ id: 'OpenSupportTicket' });
export type TOpenSupportTicket = z.input<typeof ZOpenSupportTicket>;

export const ZSupportMessageText = z
  .object({ text: z.string().min(1).max(5000) })
  .meta({ id: 'SupportMessageText' });

export const ZSupportAnswer = z
  .object({
    text: z.string().min(1).max(5000),
    resolve: z.boolean().default(false).describe('Mark the ticket «Решено» with this answer'),
  })
  .meta({ id: 'SupportAnswer' });

export const ZSupportAssign = z
  .object({
    assigneeAccountId: z.uuid().optional().describe('Another support operator; the caller when left out'),
  })
  .meta({ id: 'SupportAssign' });

export const ZSupportStatusChange = z
  .object({ status: z.enum(['resolved', 'closed']) })
  .meta({ id: 'SupportStatusChange' });

export const ZSupportTicketId = z.object({ id: z.uuid() });

const ticketFields = {
  id: z.uuid(),
  number: z.string().describe('`ОБ-2026-000123`'),
  category: ZSupportCategory,
  source: z.enum(['form', 'chat', 'system']),
  status: ZSupportTicketStatus,
  statusLabel: z.string(),
  subject: z.string(),
  page: z.string().nullable(),
  organizationId: z.uuid().nullable(),
  assigneeName: z.string().nullable(),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
  firstResponseAt: ZDateTime.nullable(),
  resolvedAt: ZDateTime.nullable(),
  closedAt: ZDateTime.nullable(),
};

export const ZSupportTicket = z.object(ticketFields).meta({ id: 'SupportTicket' });
export type TSupportTicket = z.infer<typeof ZSupportTicket>;

export const ZSupportMessage = z
  .object({
    id: z.uuid(),
    author: z.enum(SUPPORT_MESSAGE_AUTHORS),
    authorName: z.string().nullable(),
    text: z.string(),
    createdAt: ZDateTime,
  })
  .meta({ id: 'SupportMessage' });

export const ZSupportTicketDetails = z
  .object({ ...ticketFields, messages: z.array(ZSupportMessage), attachmentIds: z.array(z.uuid()) })
  .meta({ id: 'SupportTicketDetails' });
export type TSupportTicketDetails = z.infer<typeof ZSupportTicketDetails>;

export const ZSupportTicketList = z
  .object({ items: z.array(ZSupportTicket) })
  .meta({ id: 'SupportTicketList' });

export const ZSupportQueueQuery = z.object({
  status: ZSupportTicketStatus.optional(),
  assignee: z.enum(['mine', 'unassigned']).optional(),
  ...paginationQuery,
});
export const ZSupportQueuePage = pageOf(ZSupportTicket).meta({ id: 'SupportQueuePage' });

export const ZCannedAnswer = z
  .object({ id: z.uuid(), title: z.string(), text: z.string(), updatedAt: ZDateTime })
  .meta({ id: 'CannedAnswer' });
export const ZCannedAnswerList = z.object({ items: z.array(ZCannedAnswer) }).meta({ id: 'CannedAnswerList' });
export const ZSaveCannedAnswer = z
  .object({ title: ZText(200).min(1), text: z.string().min(1).max(5000) })
  .meta({ id: 'SaveCannedAnswer' });

const ZDuration = z.object({
  count: z.number().int(),
  averageHours: z.number().nullable(),
  medianHours: z.number().nullable(),
});

export const ZSupportMetricsQuery = z.object({
  from: ZDateTime.optional().describe('Tickets opened from (default: 30 days ago)'),
  to: ZDateTime.optional().describe('…until (default: now)'),
});
export const ZSupportMetrics = z
  .object({
    from: ZDateTime,
    to: ZDateTime,
    opened: z.number().int(),
    unanswered: z.number().int(),
    firstResponse: ZDuration.describe('Opening → first operator message (aim: 12 h, was 48 h)'),
    resolution: ZDuration.describe('Opening → «Решено»'),
  })
  .meta({ id: 'SupportMetrics' });

export const ZSupportAvailability = z
  .object({
    open: z.boolean().describe('Operators answer the live chat now'),
    opensAt: ZDateTime.nullable().describe('When they next answer, if not now'),
  })
  .meta({ id: 'SupportAvailability' });
