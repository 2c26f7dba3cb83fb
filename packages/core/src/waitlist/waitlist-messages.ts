import { formatLocalDateTime } from '../booking';
import { buildDedupeKey } from '../messaging';
import { enqueueAppointmentMessages } from '../notifications';
import { localTime } from '../shared';
import type { WaitlistRepos } from './waitlist.ports';

/** Where the SMS sends the patient: the waitlist page opens straight onto the offered slot. */
export const WAITLIST_URL = '/waitlist';

/**
 * Writes the `waitlist_offer` messages to the outbox in the offer's transaction (DESIGN rule 22): the slot's
 * clinic-local time, the clinic and the moment the offer ends — no name, no diagnosis. Once per offer and
 * channel.
 */
export async function enqueueOfferMessage(
  repos: WaitlistRepos,
  offer: {
    id: string;
    slotId: string;
    patientId: string;
    createdByAccountId: string | null;
    expiresAt: Date;
  },
  now: Date,
): Promise<void> {
  const slot = await repos.waitlist.offerSlotSummary(offer.slotId);
  if (!slot) return;
  const event = 'waitlist.offer';
  const payload = {
    at: formatLocalDateTime(slot.startsAt, slot.timeZone),
    clinic: slot.organizationName,
    specialty: slot.specialtyName,
    until: localTime(offer.expiresAt, slot.timeZone),
    link: WAITLIST_URL,
  };
  if (repos.recipients) {
    // Every channel the person left on; SMS and push only outside their quiet hours, since an offer held
    // until the morning would arrive expired.
    await enqueueAppointmentMessages(
      { recipients: repos.recipients, outbox: repos.outbox },
      {
        event,
        template: 'waitlist_offer',
        appointmentId: offer.id,
        patientId: offer.patientId,
        bookedByAccountId: offer.createdByAccountId,
        timeZone: slot.timeZone,
        payload,
        isRecipientAction: false,
        expiresAt: offer.expiresAt,
      },
      now,
    );
    return;
  }
  const recipient = await repos.booking.contactPhone(offer.patientId, offer.createdByAccountId);
  if (!recipient) return;
  await repos.outbox.enqueue({
    event,
    channel: 'sms',
    recipient,
    template: 'waitlist_offer',
    payload,
    dedupeKey: buildDedupeKey({ event, eventId: offer.id, channel: 'sms', recipient }),
  });
}
