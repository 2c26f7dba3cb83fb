import type { NotificationEvent, NotificationEventSource } from '@talon/db';
import { EventHub, type EventHubLimits, type EventSink, type SessionCheck } from './event-hub';

/** One open bell: the account and session it belongs to, and its stream. */
export interface NotificationSink extends EventSink {
  accountId: string;
  sessionId: string;
}

/**
 * The open bells of this process: every new in-app notification written by any worker goes, as
 * `event: notification` with its id, only to the streams of its account.
 */
export class NotificationEventHub extends EventHub<NotificationEvent, NotificationSink> {
  constructor(
    openSource: () => Promise<NotificationEventSource>,
    limits: EventHubLimits,
    sessionCheck?: SessionCheck,
  ) {
    super(
      openSource,
      limits,
      {
        name: 'notification',
        matches: (sink, event) => sink.accountId === event.accountId,
        data: (event) => ({ id: event.id }),
      },
      sessionCheck,
    );
  }
}
