import { queryOptions } from '@tanstack/react-query';
import { type ApiRequestBody, type ApiSchema, api, dataOf } from '../../shared/api-client';

export type TPublicStatus = ApiSchema<'PublicStatus'>;
export type TIncident = ApiSchema<'Incident'>;
export type TOpenIncident = ApiRequestBody<'/api/v1/admin/status/incidents', 'post'>;
export type TIncidentUpdate = ApiRequestBody<'/api/v1/admin/status/incidents/{id}/updates', 'post'>;

/** The page refreshes this often (a polite pace: the server caches a few seconds anyway). */
export const STATUS_REFRESH_MS = 45_000;

export const statusQueries = {
  current: () =>
    queryOptions({
      queryKey: ['status'],
      queryFn: ({ signal }) => dataOf(api.GET('/api/v1/status', { signal })),
      refetchInterval: STATUS_REFRESH_MS,
      staleTime: 5_000,
    }),
};

export const statusApi = {
  open: (body: TOpenIncident) => dataOf(api.POST('/api/v1/admin/status/incidents', { body })),
  update: (id: string, body: TIncidentUpdate) =>
    dataOf(api.POST('/api/v1/admin/status/incidents/{id}/updates', { params: { path: { id } }, body })),
};
