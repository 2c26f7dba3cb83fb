import type { SlotEvent, SlotEventSource } from '@talon/db';
import { EventHub, type EventHubLimits, type EventSink } from './event-hub';

/** What one open page listens to; every given field must match. */
export interface SlotEventFilter {
  regionCode?: string;
  specialtyCode?: string;
  organizationId?: string;
  practitionerId?: string;
}

/** True when the event concerns what the subscriber asked for. */
export function matchesFilter(filter: SlotEventFilter, event: SlotEvent): boolean {
  return (
    (!filter.regionCode || filter.regionCode === event.regionCode) &&
    (!filter.specialtyCode || filter.specialtyCode === event.specialtyCode) &&
    (!filter.organizationId || filter.organizationId === event.organizationId) &&
    (!filter.practitionerId || filter.practitionerId === event.practitionerId)
  );
}

/** One open page's stream and the slots it asked about. */
export interface SlotEventSink extends EventSink {
  filter: SlotEventFilter;
}

/** The slot pages of this process: `event: slot` with the event itself, to the streams whose filter matches. */
export class SlotEventHub extends EventHub<SlotEvent, SlotEventSink> {
  constructor(openSource: () => Promise<SlotEventSource>, limits: EventHubLimits) {
    super(openSource, limits, {
      name: 'slot',
      matches: (sink, event) => matchesFilter(sink.filter, event),
      data: (event) => event,
    });
  }
}
