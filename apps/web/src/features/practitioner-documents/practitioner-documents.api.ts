import { queryOptions } from '@tanstack/react-query';
import { type ApiRequestBody, type ApiSchema, api, dataOf } from '../../shared/api-client';

export type TPractitionerDocument = ApiSchema<'PractitionerDocument'>;
export type TAwaitingRequest = ApiSchema<'AwaitingSignatureRequest'>;
export type TDocumentKind = ApiSchema<'PractitionerDocumentKind'>;
export type TCreateDocument = ApiRequestBody<'/api/v1/practitioner/documents', 'post'>;

/** The kinds in the order the form offers them. */
export const DOCUMENT_KINDS: readonly TDocumentKind[] = [
  'discharge-summary',
  'medical-certificate',
  'outpatient-extract',
  'visit-protocol',
];

/** Kinds written over a period of the record, and the one written for a visit. */
export const PERIOD_KINDS: ReadonlySet<TDocumentKind> = new Set(['discharge-summary', 'outpatient-extract']);
export const VISIT_KIND: TDocumentKind = 'visit-protocol';

// Under ['account'] so that logging out drops them.
export const documentQueries = {
  list: (status: 'draft' | 'signed' | 'awaiting_signature', kind?: TDocumentKind) =>
    queryOptions({
      queryKey: ['account', 'practitioner-documents', status, kind ?? 'all'],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/practitioner/documents', {
            params: { query: { status, ...(kind ? { kind } : {}) } },
            signal,
          }),
        ),
    }),
  one: (id: string) =>
    queryOptions({
      queryKey: ['account', 'practitioner-document', id],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/practitioner/documents/{id}', { params: { path: { id } }, signal })),
      staleTime: Number.POSITIVE_INFINITY,
    }),
  /** The patient's visits: a protocol is written for one of them. */
  visits: (patientId: string) =>
    queryOptions({
      queryKey: ['account', 'practitioner-document-visits', patientId],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/records/encounters', { params: { query: { patientId } }, signal })),
    }),
};

export const documentApi = {
  create: (body: TCreateDocument) => dataOf(api.POST('/api/v1/practitioner/documents', { body })),
  save: (id: string, sections: Record<string, string>) =>
    dataOf(api.PUT('/api/v1/practitioner/documents/{id}', { params: { path: { id } }, body: { sections } })),
  sign: (id: string) =>
    dataOf(api.POST('/api/v1/practitioner/documents/{id}/sign', { params: { path: { id } } })),
  rejectRequest: (id: string, reason: string) =>
    dataOf(
      api.POST('/api/v1/practitioner/document-requests/{id}/reject', {
        params: { path: { id } },
        body: { reason },
      }),
    ),
  signRequest: (id: string) =>
    dataOf(
      api.POST('/api/v1/practitioner/document-requests/{id}/sign', { params: { path: { id } }, body: {} }),
    ),
};
