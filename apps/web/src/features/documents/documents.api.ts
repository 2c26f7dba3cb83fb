import { queryOptions } from '@tanstack/react-query';
import { ApiError, type ApiRequestBody, type ApiSchema, api, apiUrl, dataOf } from '../../shared/api-client';

export type TDocumentRequest = ApiSchema<'DocumentRequest'>;
export type TDocumentRequestType = ApiSchema<'DocumentRequestType'>;
export type TOrderDocument = ApiRequestBody<'/api/v1/document-requests', 'post'>;

// Under ['account'] so that logging out drops them (forgetSession).
export const documentsQueries = {
  requests: () =>
    queryOptions({
      queryKey: ['account', 'document-requests'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/document-requests', { signal })),
      staleTime: 0,
    }),
  /** The record's documents (discharge summaries, issued certificates and extracts). */
  recordDocuments: () =>
    queryOptions({
      queryKey: ['account', 'record', 'self', 'documents'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/records/documents', { signal })),
      staleTime: 0,
    }),
  /** The visits a visit certificate may name. */
  visits: () =>
    queryOptions({
      queryKey: ['account', 'record', 'self', 'encounters'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/records/encounters', { signal })),
      staleTime: 60_000,
    }),
  /** The public check page's lookup (no login): a refusal is an answer, not a failure to retry. */
  check: (code: string) =>
    queryOptions({
      queryKey: ['document-check', code],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/documents/check/{code}', { params: { path: { code } }, signal })),
      retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status > 0),
    }),
};

export const documentFileUrl = (documentId: string) =>
  apiUrl('/api/v1/records/documents/{id}/file', { path: { id: documentId } });

export const documentsApi = {
  order: (body: TOrderDocument) => dataOf(api.POST('/api/v1/document-requests', { body })),
  email: (requestId: string) =>
    dataOf(api.POST('/api/v1/document-requests/{id}/email', { params: { path: { id: requestId } } })),
};

/** Hex SHA-256 of a file, computed in the browser (the file never leaves it). */
export async function sha256Hex(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
