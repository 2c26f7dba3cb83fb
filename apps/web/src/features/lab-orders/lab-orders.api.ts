import { queryOptions } from '@tanstack/react-query';
import { type ApiRequestBody, type ApiSchema, api, dataOf } from '../../shared/api-client';

export type TLabOrder = ApiSchema<'LabOrder'>;
export type TLabTestCatalogue = ApiSchema<'LabTestCatalogue'>;
export type TResultToReview = ApiSchema<'ResultToReview'>;
export type TCreateLabOrder = ApiRequestBody<'/api/v1/encounters/{id}/lab-orders', 'post'>;
export type TEnterLabResults = ApiRequestBody<'/api/v1/lab-orders/{id}/results', 'post'>;

// Under ['account'] so that logging out drops them (forgetSession).
export const labQueries = {
  /** The panels and analytes one may order: a fixed reference, loaded once. */
  catalogue: () =>
    queryOptions({
      queryKey: ['account', 'lab-tests'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/reference/lab-tests', { signal })),
      staleTime: Number.POSITIVE_INFINITY,
    }),
  ofVisit: (encounterId: string) =>
    queryOptions({
      queryKey: ['account', 'lab-orders', 'visit', encounterId],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/encounters/{id}/lab-orders', { params: { path: { id: encounterId } }, signal }),
        ),
    }),
  /** «Анализы к выполнению»: the active orders of one's clinics, urgent first (the server's order). */
  toDo: () =>
    queryOptions({
      queryKey: ['account', 'lab-orders', 'to-do'],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/practitioner/lab-orders', { params: { query: { status: 'active' } }, signal }),
        ),
      refetchInterval: 60_000,
    }),
  order: (id: string) =>
    queryOptions({
      queryKey: ['account', 'lab-orders', 'one', id],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/lab-orders/{id}', { params: { path: { id } }, signal })),
      retry: false,
    }),
  /** One's own orders' reports not yet looked at; the badge and «Главная» share it. */
  toReview: () =>
    queryOptions({
      queryKey: ['account', 'lab-orders', 'to-review'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/practitioner/results-to-review', { signal })),
      refetchInterval: 60_000,
    }),
};

export const labApi = {
  order: (encounterId: string, body: TCreateLabOrder) =>
    dataOf(api.POST('/api/v1/encounters/{id}/lab-orders', { params: { path: { id: encounterId } }, body })),
  revoke: (id: string) => dataOf(api.POST('/api/v1/lab-orders/{id}/revoke', { params: { path: { id } } })),
  enterResults: (id: string, body: TEnterLabResults) =>
    dataOf(api.POST('/api/v1/lab-orders/{id}/results', { params: { path: { id } }, body })),
  review: (reportId: string) =>
    dataOf(api.POST('/api/v1/practitioner/results/{reportId}/review', { params: { path: { reportId } } })),
};

/** Every lab-order list of the cabinet (the visit's, the clinic's, the review list), to read again after a move. */
export const LAB_ORDERS_KEY = ['account', 'lab-orders'] as const;
