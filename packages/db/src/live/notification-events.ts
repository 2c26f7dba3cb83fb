import type { DatabaseHandle } from '../client';
import { type ChannelEventSource, openChannelEventSource } from './channel-event-source';

/** The NOTIFY channel of new in-app notifications (sent by the in-app repository at commit). */
export const NOTIFICATION_EVENTS_CHANNEL = 'notification_events';

/** A new in-app notification for an account; the page fetches its text. */
export interface NotificationEvent {
  accountId: string;
  id: string;
}

export type NotificationEventSource = ChannelEventSource<NotificationEvent>;

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
export const openNotificationEventSource = (
  handle: DatabaseHandle,
  options: { onError?: (error: unknown) => void } = {},
) => openChannelEventSource(handle, NOTIFICATION_EVENTS_CHANNEL, parseNotificationEvent, options);
