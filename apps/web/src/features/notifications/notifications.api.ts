import { queryOptions } from '@tanstack/react-query';
import { api, apiUrl, dataOf } from '../../shared/api-client';

// Under ['account'] so that logging out drops them (see forgetSession).
export const notificationQueries = {
  unread: () =>
    queryOptions({
      queryKey: ['account', 'notifications', 'unread'],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/me/notifications/unread-count', { signal })).then((r) => r.unread),
      staleTime: 60_000,
    }),
  list: (cursor: string | null) =>
    queryOptions({
      queryKey: ['account', 'notifications', 'list', cursor],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/me/notifications', {
            params: { query: { limit: 20, cursor: cursor ?? undefined } },
            signal,
          }),
        ),
      staleTime: 0,
    }),
};

export const notificationsApi = {
  markRead: (id: string) =>
    dataOf(api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } })),
  markAllRead: () => dataOf(api.POST('/api/v1/me/notifications/read-all')),
  eventsUrl: apiUrl('/api/v1/me/notifications/events'),
};
