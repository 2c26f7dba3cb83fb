// The support desk (issue 17 item 2): «Помощь» in every cabinet — a knowledge base searched by words, a
// feedback form that opens a numbered ticket, its conversation with a support operator, the operators' queue,
// canned answers and the first response / resolution times; the live chat is the same conversation.
export { MAX_SUPPORT_ATTACHMENTS, type OpenSystemTicketInput, openSystemTicket } from './open-support-ticket';
export { MAX_SUPPORT_PAGE_SIZE } from './operator-support-tickets';
export { SupportErrorCode } from './support.errors';
export type * from './support.ports';
export * from './support.types';
export { supportUseCases } from './support.use-cases';
export { DEFAULT_SUPPORT_HOURS, parseSupportHours, type SupportHours } from './support-hours';
export { MAX_ARTICLE_BODY, MAX_HELP_QUERY } from './support-knowledge';
export { supportTicketUrl } from './support-messages';
export type { DurationSummary, SupportMetrics, TicketTimes } from './support-metrics';
export { handlesSupportTicketOf, SUPPORT_STAFF_ROLES } from './support-scope';
export { MAX_SUPPORT_SUBJECT, MAX_SUPPORT_TEXT } from './support-text';
export { isOpenTicket } from './support-workflow';
