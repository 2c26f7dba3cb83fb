import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiUrl } from '../../shared/api-client';
import type { SlotScope, TFreeSlotPage } from './booking.api';

interface SlotEvent {
  slotId: string;
  available: boolean;
  /** A hold's end: the slot is bookable again then unless another event comes first. */
  availableAt: string | null;
}

/**
 * Keeps the open time choice live (issue 4 item 10): a slot taken by someone else leaves the list at once;
 * a freed one (or a missed stretch, `resync`) makes the lists load again. EventSource reconnects by itself.
 */
export function useSlotEvents(scope: SlotScope, onTaken?: (slotId: string) => void): void {
  const queryClient = useQueryClient();
  const { practitioner, organization, specialty } = scope;

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(
      apiUrl('/api/v1/slots/events', { query: { practitioner, organization, specialty } }),
    );
    const refresh = () => void queryClient.invalidateQueries({ queryKey: ['booking'] });
    // A held slot comes back by itself when the hold lapses: look again just after that moment.
    const timers = new Set<number>();
    const refreshAt = (at: string) => {
      const delay = Date.parse(at) - Date.now() + 1_000;
      if (!(delay > 0)) return;
      const timer = window.setTimeout(() => {
        timers.delete(timer);
        refresh();
      }, delay);
      timers.add(timer);
    };
    const onSlot = (message: MessageEvent<string>) => {
      let event: SlotEvent;
      try {
        event = JSON.parse(message.data) as SlotEvent;
      } catch {
        return;
      }
      if (event.available) {
        refresh();
        return;
      }
      if (event.availableAt) refreshAt(event.availableAt);
      let removed = false;
      queryClient.setQueriesData<TFreeSlotPage>({ queryKey: ['booking', 'day'] }, (page) => {
        if (!page?.items.some((slot) => slot.id === event.slotId)) return page;
        removed = true;
        return {
          ...page,
          items: page.items.filter((slot) => slot.id !== event.slotId),
          total: page.total - 1,
        };
      });
      if (removed) {
        void queryClient.invalidateQueries({ queryKey: ['booking', 'calendar'] });
        onTaken?.(event.slotId);
      }
    };
    source.addEventListener('slot', onSlot as EventListener);
    source.addEventListener('resync', refresh);
    return () => {
      source.close();
      for (const timer of timers) window.clearTimeout(timer);
    };
  }, [practitioner, organization, specialty, queryClient, onTaken]);
}
