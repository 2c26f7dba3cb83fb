import { queryOptions } from '@tanstack/react-query';
import { type ApiSchema, api, dataOf } from '../../shared/api-client';

export type THelpArticle = ApiSchema<'HelpArticle'>;
export type TSupportTicket = ApiSchema<'SupportTicket'>;
export type TSupportTicketDetails = ApiSchema<'SupportTicketDetails'>;
export type TOpenSupportTicket = ApiSchema<'OpenSupportTicket'>;
export type TCannedAnswer = ApiSchema<'CannedAnswer'>;
export type TSaveCannedAnswer = ApiSchema<'SaveCannedAnswer'>;
export type TSupportStatus = TSupportTicket['status'];
export type TSupportCategory = TSupportTicket['category'];

export const SUPPORT_CATEGORIES: readonly TSupportCategory[] = [
  'booking',
  'medical_card',
  'sign_in',
  'representatives',
  'technical',
  'quality',
  'suggestion',
  'other',
];
export const SUPPORT_STATUSES: readonly TSupportStatus[] = [
  'new',
  'in_progress',
  'awaiting_reply',
  'resolved',
  'closed',
];

const path = (id: string) => ({ params: { path: { id } } });

export const supportQueries = {
  articles: (q: string) =>
    queryOptions({
      queryKey: ['help', 'articles', q],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/help/articles', { params: { query: { q } }, signal })),
    }),
  availability: () =>
    queryOptions({
      queryKey: ['help', 'availability'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/help/availability', { signal })),
    }),
  // Under ['account'] so that logging out drops them (see forgetSession).
  mine: () =>
    queryOptions({
      queryKey: ['account', 'support-tickets'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/me/support-tickets', { signal })),
      staleTime: 0,
    }),
  myTicket: (id: string) =>
    queryOptions({
      queryKey: ['account', 'support-tickets', id],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/me/support-tickets/{id}', { ...path(id), signal })),
      staleTime: 0,
    }),
  queue: (filter: { status?: TSupportStatus; assignee?: 'mine' | 'unassigned' }) =>
    queryOptions({
      queryKey: ['account', 'support-desk', 'queue', filter],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/support/tickets', { params: { query: { ...filter, pageSize: 100 } }, signal }),
        ),
      staleTime: 0,
    }),
  deskTicket: (id: string) =>
    queryOptions({
      queryKey: ['account', 'support-desk', 'ticket', id],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/support/tickets/{id}', { ...path(id), signal })),
      staleTime: 0,
    }),
  /** The response times of the tickets opened in `[from, to)` (ISO instants). */
  metrics: (period: { from: string; to: string }) =>
    queryOptions({
      queryKey: ['account', 'support-desk', 'metrics', period],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/support/metrics', { params: { query: period }, signal })),
    }),
  cannedAnswers: () =>
    queryOptions({
      queryKey: ['account', 'support-desk', 'canned-answers'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/support/canned-answers', { signal })),
    }),
};

export const supportApi = {
  /** Uploads a screenshot (`multipart/form-data`, field `file`); its id goes with the ticket. */
  uploadScreenshot: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return dataOf(api.POST('/api/v1/uploads', { body: { file: file.name }, bodySerializer: () => form }));
  },
  open: (body: TOpenSupportTicket) => dataOf(api.POST('/api/v1/me/support-tickets', { body })),
  reply: (id: string, text: string) =>
    dataOf(api.POST('/api/v1/me/support-tickets/{id}/messages', { ...path(id), body: { text } })),
  close: (id: string) => dataOf(api.POST('/api/v1/me/support-tickets/{id}/close', path(id))),
  take: (id: string) => dataOf(api.POST('/api/v1/support/tickets/{id}/assign', { ...path(id), body: {} })),
  answer: (id: string, text: string, resolve: boolean) =>
    dataOf(api.POST('/api/v1/support/tickets/{id}/messages', { ...path(id), body: { text, resolve } })),
  createCannedAnswer: (body: TSaveCannedAnswer) =>
    dataOf(api.POST('/api/v1/support/canned-answers', { body })),
  editCannedAnswer: (id: string, body: TSaveCannedAnswer) =>
    dataOf(api.PUT('/api/v1/support/canned-answers/{id}', { ...path(id), body })),
  setStatus: (id: string, status: 'resolved' | 'closed') =>
    dataOf(api.POST('/api/v1/support/tickets/{id}/status', { ...path(id), body: { status } })),
};
