import type { NotificationEvent, NotificationEventSource } from '@talon/db';
import { EventHub, type EventHubLimits, type EventSink, type SessionCheck } from './event-hub';

/** One open bell: the account and session it belongs to, and its stream. */
export interface NotificationSink extends EventSink {
  accountId: string;
  sessionId: string;
}

/**
 * The open bells of this process: every new in-app notification written by any worker goes, as
 * `event: notification` with its id, only to the streams of its account; a prescription's move goes as
 * `event: prescription.status` with its id and status (the doctor's visit page and patient card, the
 * patient's card refresh their lists); a support ticket's change as `event: support.ticket` with its id (the
 * live chat of the ticket's page refetches the conversation).
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
        name: (event) => event.kind,
        matches: (sink, event) => sink.accountId === event.accountId,
        data: (event) => {
          if (event.kind === 'notification') return { id: event.id };
          if (event.kind === 'support.ticket') return { ticketId: event.ticketId };
          return { prescriptionId: event.prescriptionId, status: event.status };
        },
      },
      sessionCheck,
    );
  }
}
