import { queryOptions } from '@tanstack/react-query';
import { type ApiQuery, api, dataOf } from '../../shared/api-client';

export type OutboxStatusFilter = NonNullable<ApiQuery<'/api/v1/admin/notifications'>['status']>;

export const adminNotificationQueries = {
  list: (status: OutboxStatusFilter, cursor: string | null) =>
    queryOptions({
      queryKey: ['account', 'admin-notifications', status, cursor],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/admin/notifications', {
            params: { query: { status, cursor: cursor ?? undefined, limit: 50 } },
            signal,
          }),
        ),
      staleTime: 0,
    }),
};

export const adminNotificationsApi = {
  retry: (id: string) =>
    dataOf(api.POST('/api/v1/admin/notifications/{id}/retry', { params: { path: { id } } })),
};
