import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiUrl } from '../../shared/api-client';

/**
 * The live chat (issue 17 item 2): the account's event stream (`/api/v1/me/notifications/events`, the
 * bell's) carries `support.ticket` with a ticket's id when its conversation or stage changes, from any server
 * process (PostgreSQL NOTIFY); the open ticket's page loads it again. EventSource reconnects by itself, and
 * `resync` (events may have been missed) loads it again too.
 */
export function useSupportTicketEvents(ticketId: string, queryKey: QueryKey): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const events = new EventSource(apiUrl('/api/v1/me/notifications/events'), { withCredentials: true });
    const onTicket = (event: MessageEvent<string>) => {
      try {
        if ((JSON.parse(event.data) as { ticketId?: string }).ticketId !== ticketId) return;
      } catch {
        return;
      }
      void queryClient.invalidateQueries({ queryKey });
    };
    const onResync = () => void queryClient.invalidateQueries({ queryKey });
    events.addEventListener('support.ticket', onTicket);
    events.addEventListener('resync', onResync);
    return () => {
      events.removeEventListener('support.ticket', onTicket);
      events.removeEventListener('resync', onResync);
      events.close();
    };
  }, [ticketId, queryKey, queryClient]);
}
