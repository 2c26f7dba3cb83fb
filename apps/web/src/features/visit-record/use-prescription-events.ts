import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiUrl } from '../../shared/api-client';

/** The prescription lists a page may show: a visit's (`visitQueries.prescriptions`) and a card's. */
export function isPrescriptionQuery(queryKey: readonly unknown[]): boolean {
  return (
    queryKey[0] === 'account' &&
    (queryKey[1] === 'visit-prescriptions' || (queryKey[1] === 'record' && queryKey[3] === 'prescriptions'))
  );
}

/**
 * Refetches the prescription lists on `prescription.status` (a prescription signed, sent, dispensed by the
 * pharmacy, cancelled, expired) and after a gap (`resync`, a reconnect: nothing is replayed). Returns the
 * unsubscribe.
 */
export function subscribePrescriptionEvents(
  source: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
  queryClient: Pick<QueryClient, 'invalidateQueries'>,
): () => void {
  const refresh = () =>
    void queryClient.invalidateQueries({ predicate: (query) => isPrescriptionQuery(query.queryKey) });
  const kinds = ['prescription.status', 'resync', 'open'] as const;
  for (const kind of kinds) source.addEventListener(kind, refresh);
  return () => {
    for (const kind of kinds) source.removeEventListener(kind, refresh);
  };
}

/**
 * Keeps the doctor's open prescription lists live (issue 12 item 4): the account's event stream
 * (`/api/v1/me/notifications/events`, the bell's) carries `prescription.status` with the prescription's id
 * and status — never the medicine — to its author and its patient. EventSource reconnects by itself.
 */
export function usePrescriptionEvents(isEnabled = true): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!isEnabled || typeof EventSource === 'undefined') return;
    const events = new EventSource(apiUrl('/api/v1/me/notifications/events'), { withCredentials: true });
    const unsubscribe = subscribePrescriptionEvents(events, queryClient);
    return () => {
      unsubscribe();
      events.close();
    };
  }, [isEnabled, queryClient]);
}
