import type { TInAppNotification, TInAppNotificationPage } from '@talon/contracts';
import { queryOptions } from '@tanstack/react-query';
import { API_BASE, apiGet, apiSend } from '../../shared/api-client';

export type { TInAppNotification };

// Under ['account'] so that logging out drops them (see forgetSession).
export const notificationQueries = {
  unread: () =>
    queryOptions({
      queryKey: ['account', 'notifications', 'unread'],
      queryFn: ({ signal }) =>
        apiGet<{ unread: number }>('/me/notifications/unread-count', undefined, signal).then((r) => r.unread),
      staleTime: 60_000,
    }),
  list: (cursor: string | null) =>
    queryOptions({
      queryKey: ['account', 'notifications', 'list', cursor],
      queryFn: ({ signal }) =>
        apiGet<TInAppNotificationPage>('/me/notifications', { limit: 20, cursor }, signal),
      staleTime: 0,
    }),
};

export const notificationsApi = {
  markRead: (id: string) => apiSend('POST', `/me/notifications/${encodeURIComponent(id)}/read`),
  markAllRead: () => apiSend<{ marked: number }>('POST', '/me/notifications/read-all'),
  eventsUrl: `${API_BASE}/me/notifications/events`,
};
