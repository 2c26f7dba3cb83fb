import type { DatabaseHandle } from '../client';

/** The NOTIFY channel of new in-app notifications (sent by the in-app repository at commit). */
export const NOTIFICATION_EVENTS_CHANNEL = 'notification_events';

/** A new in-app notification for an account; the page fetches its text. */
export interface NotificationEvent {
  accountId: string;
  id: string;
}

export interface NotificationEventSource {
  subscribe(listener: (event: NotificationEvent) => void): () => void;
  /** The listening connection was lost and is back: events of the gap are gone, pages should refetch. */
  onGap(listener: () => void): () => void;
  close(): Promise<void>;
}

/** The event in a NOTIFY payload, or null for anything else. */
export function parseNotificationEvent(payload: string): NotificationEvent | null {
  try {
    const value = JSON.parse(payload) as Partial<NotificationEvent> | null;
    return typeof value?.accountId === 'string' && typeof value.id === 'string'
      ? { accountId: value.accountId, id: value.id }
      : null;
  } catch {
    return null;
  }
}

/**
 * One LISTEN per process for new in-app notifications, fanned out in process, as `openSlotEventSource`
 * does for slots: a notification written by a worker in another process reaches every open bell.
 */
export async function openNotificationEventSource(
  handle: DatabaseHandle,
  options: { onError?: (error: unknown) => void } = {},
): Promise<NotificationEventSource> {
  const listeners = new Set<(event: NotificationEvent) => void>();
  const gapListeners = new Set<() => void>();
  const call = (target: () => void) => {
    try {
      target();
    } catch (error) {
      options.onError?.(error);
    }
  };
  const listener = await handle.listen(NOTIFICATION_EVENTS_CHANNEL, {
    onMessage: (payload) => {
      const event = parseNotificationEvent(payload);
      if (event) for (const target of listeners) call(() => target(event));
    },
    onReconnect: () => {
      for (const target of gapListeners) call(target);
    },
    onError: options.onError,
  });
  return {
    subscribe(target) {
      listeners.add(target);
      return () => listeners.delete(target);
    },
    onGap(target) {
      gapListeners.add(target);
      return () => gapListeners.delete(target);
    },
    close: () => listener.close(),
  };
}
