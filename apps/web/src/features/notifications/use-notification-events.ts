import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { notificationsApi } from './notifications.api';

/**
 * Keeps the notification queries fresh while the page is open: the server's stream says when a notification
 * arrives (or that some may have been missed), and the count and list are fetched again. EventSource
 * reconnects by itself; after a reconnect nothing is replayed, so the queries are refreshed then too.
 */
export function useNotificationEvents(isEnabled: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!isEnabled || typeof EventSource === 'undefined') return;
    const events = new EventSource(notificationsApi.eventsUrl, { withCredentials: true });
    const refresh = () => void queryClient.invalidateQueries({ queryKey: ['account', 'notifications'] });
    events.addEventListener('notification', refresh);
    events.addEventListener('resync', refresh);
    events.addEventListener('open', refresh);
    return () => events.close();
  }, [isEnabled, queryClient]);
}
