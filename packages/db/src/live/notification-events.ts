import type { DatabaseHandle } from '../client';
import { type ChannelEventSource, openChannelEventSource } from './channel-event-source';

/**
 * The NOTIFY channel of an account's live events: new in-app notifications (sent by the in-app repository at
 * commit), prescription moves (sent by the prescriptions' repository at commit) and support tickets' changes
 * (the live chat, sent by the support tickets' repository at commit).
 */
export const NOTIFICATION_EVENTS_CHANNEL = 'notification_events';

/**
 * An event for one account, ids only (the payload passes through every listening process; the page fetches
 * the rest): a new in-app notification, or a prescription that moved — its id and new status, never the
 * medicine.
 */
export type NotificationEvent =
  | { kind: 'notification'; accountId: string; id: string }
  | { kind: 'prescription.status'; accountId: string; prescriptionId: string; status: string }
  | { kind: 'support.ticket'; accountId: string; ticketId: string };

export type NotificationEventSource = ChannelEventSource<NotificationEvent>;

/** The event in a NOTIFY payload (a payload without `kind` is a notification), or null for anything else. */
export function parseNotificationEvent(payload: string): NotificationEvent | null {
  try {
    const value = JSON.parse(payload) as Record<string, unknown> | null;
    if (typeof value?.accountId !== 'string') return null;
    const kind = value.kind ?? 'notification';
    if (kind === 'notification' && typeof value.id === 'string') {
      return { kind, accountId: value.accountId, id: value.id };
    }
    if (
      kind === 'prescription.status' &&
      typeof value.prescriptionId === 'string' &&
      typeof value.status === 'string'
    ) {
      return { kind, accountId: value.accountId, prescriptionId: value.prescriptionId, status: value.status };
    }
    if (kind === 'support.ticket' && typeof value.ticketId === 'string') {
      return { kind, accountId: value.accountId, ticketId: value.ticketId };
    }
    return null;
  } catch {
    return null;
  }
}

/**
 * One LISTEN per process for accounts' live events, fanned out in process, as `openSlotEventSource` does
 * for slots: an event written by a worker in another process reaches every open stream of its account.
 */
export const openNotificationEventSource = (
  handle: DatabaseHandle,
  options: { onError?: (error: unknown) => void } = {},
) => openChannelEventSource(handle, NOTIFICATION_EVENTS_CHANNEL, parseNotificationEvent, options);
