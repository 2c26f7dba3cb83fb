import type { TAdminOutboxPage } from '@talon/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from '../../shared/api-client';

export type OutboxStatusFilter = 'dead' | 'pending' | 'sending' | 'sent' | 'cancelled';

export const adminNotificationQueries = {
  list: (status: OutboxStatusFilter, cursor: string | null) =>
    queryOptions({
      queryKey: ['account', 'admin-notifications', status, cursor],
      queryFn: ({ signal }) =>
        apiGet<TAdminOutboxPage>('/admin/notifications', { status, cursor, limit: 50 }, signal),
      staleTime: 0,
    }),
};

export const adminNotificationsApi = {
  retry: (id: string) => apiSend('POST', `/admin/notifications/${encodeURIComponent(id)}/retry`),
};
