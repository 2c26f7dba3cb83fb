import type { Channel } from './messaging.types';

/**
 * The outbox dedupe key of one event for one recipient on one channel (docs/domain.md rule 22: never shown twice).
 * `eventId` identifies the occurrence (a challenge id, an appointment id and its version), not the kind.
 */
export function buildDedupeKey(input: {
  event: string;
  eventId: string;
  channel: Channel;
  recipient: string;
}): string {
  return [input.event, input.eventId, input.channel, input.recipient.trim().toLowerCase()].join('|');
}
