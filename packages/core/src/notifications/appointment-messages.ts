import { buildDedupeKey, type OutgoingMessage, type TemplateName } from '../messaging';
import { isChannelAllowed } from './channel-selection';
import type {
  AppointmentOutboxPort,
  AppointmentRecipientsPort,
  MessageRecipient,
} from './notifications.ports';
import { DEFAULT_PREFERENCES } from './notifications.types';
import { deferPastQuietHours } from './quiet-hours';

/** A change of a visit the patient hears about (issue 5, item 1). */
export interface AppointmentEvent {
  event: string;
  template: TemplateName;
  /** Identifies the occurrence for the dedupe key: the appointment id. */
  appointmentId: string;
  patientId: string;
  bookedByAccountId: string | null;
  /** The clinic's zone: quiet hours are read in it unless the person chose their own. */
  timeZone: string;
  payload: Record<string, string>;
  /**
   * True when the person just did it themself (booked, cancelled, moved): they are awake and waiting, so
   * the SMS goes at once. A clinic's cancellation at night waits for the morning.
   */
  isRecipientAction: boolean;
  /**
   * A message worth nothing after this moment (a waitlist offer): a channel whose quiet hours would hold
   * it past then is left out rather than sent too late.
   */
  expiresAt?: Date;
  /** Only these channels (as the preferences allow); all four when absent. */
  channels?: readonly ('sms' | 'email' | 'in_app' | 'push')[];
}

/**
 * Where a message about the person's visits goes: each channel with an address that their preferences leave
 * on. Push and in-app go to the account itself (its browsers, its bell); push without a subscribed browser
 * is simply done.
 */
export function appointmentTargets(recipient: MessageRecipient) {
  const preferences = recipient.preferences ?? DEFAULT_PREFERENCES;
  const targets = [
    { channel: 'sms' as const, address: recipient.phone },
    { channel: 'email' as const, address: recipient.email?.toLowerCase() ?? null },
    { channel: 'in_app' as const, address: recipient.accountId },
    { channel: 'push' as const, address: recipient.accountId },
  ];
  return targets.filter(
    (target): target is { channel: (typeof target)['channel']; address: string } =>
      target.address !== null &&
      target.address !== '' &&
      isChannelAllowed('appointment', target.channel, preferences),
  );
}

/**
 * Writes the SMS, the email, the in-app notice and the push about a visit change to the outbox, in the
 * caller's transaction (docs/domain.md rule 22), to the patient's account — or the representative's for a ward — on the channels the person
 * left on; each once per appointment, event, channel and recipient. `now` null: send at once whatever the
 * hour (only for the person's own action).
 */
export async function enqueueAppointmentMessages(
  repos: { recipients: AppointmentRecipientsPort; outbox: AppointmentOutboxPort },
  event: AppointmentEvent,
  now: Date | null,
): Promise<void> {
  const recipient = await repos.recipients.forPatient(event.patientId, event.bookedByAccountId);
  const preferences = recipient.preferences ?? DEFAULT_PREFERENCES;
  const timeZone = preferences.timeZone ?? event.timeZone;
  const messages: OutgoingMessage[] = [];
  for (const { channel, address } of appointmentTargets(recipient)) {
    if (event.channels && !event.channels.includes(channel)) continue;
    const notBefore =
      now && (channel === 'sms' || channel === 'push') && !event.isRecipientAction
        ? deferPastQuietHours(now, preferences.quietHours, timeZone)
        : undefined;
    if (notBefore && event.expiresAt && notBefore.getTime() >= event.expiresAt.getTime()) continue;
    messages.push({
      event: event.event,
      channel,
      recipient: address,
      accountId: recipient.accountId,
      template: event.template,
      payload: event.payload,
      dedupeKey: buildDedupeKey({
        event: event.event,
        eventId: event.appointmentId,
        channel,
        recipient: address,
      }),
      ...(notBefore && notBefore.getTime() !== now?.getTime() ? { notBefore } : {}),
    });
  }
  // All channels in one statement: a booking's transaction waits for one round trip, not one per channel.
  await repos.outbox.enqueueAll(messages);
}
