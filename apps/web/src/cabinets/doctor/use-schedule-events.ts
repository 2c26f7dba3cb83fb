import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiUrl } from '../../shared/api-client';

/**
 * Keeps the schedule live (issue 12 item 2): every change of the practitioner's slots — a patient booking,
 * cancelling, a slot held or freed — arrives on the existing slot event stream, filtered by practitioner,
 * and the schedule loads again. Check-ins change no slot: the schedule's own refetch interval shows them.
 */
export function useScheduleEvents(practitionerId: string | null | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!practitionerId || typeof EventSource === 'undefined') return;
    const source = new EventSource(
      apiUrl('/api/v1/slots/events', { query: { practitioner: practitionerId } }),
    );
    const refresh = () =>
      void queryClient.invalidateQueries({ queryKey: ['account', 'practice', 'schedule'] });
    source.addEventListener('slot', refresh);
    source.addEventListener('resync', refresh);
    source.addEventListener('open', refresh);
    return () => source.close();
  }, [practitionerId, queryClient]);
}
