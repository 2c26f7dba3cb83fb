import { formatLocalDateTime } from '../booking';
import { buildDedupeKey } from '../messaging';
import { localTime } from '../shared';
import type { WaitlistRepos } from './waitlist.ports';

/** Where the SMS sends the patient: the waitlist page opens straight onto the offered slot. */
export const WAITLIST_URL = '/waitlist';

/**
 * Writes the `waitlist_offer` SMS to the outbox in the offer's transaction (DESIGN rule 22): the slot's
 * clinic-local time, the clinic and the moment the offer ends — no name, no diagnosis. Once per offer.
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
): Promise<void> {
  const recipient = await repos.booking.contactPhone(offer.patientId, offer.createdByAccountId);
  if (!recipient) return;
  const slot = await repos.waitlist.offerSlotSummary(offer.slotId);
  if (!slot) return;
  const event = 'waitlist.offer';
  await repos.outbox.enqueue({
    event,
    channel: 'sms',
    recipient,
    template: 'waitlist_offer',
    payload: {
      at: formatLocalDateTime(slot.startsAt, slot.timeZone),
      clinic: slot.organizationName,
      specialty: slot.specialtyName,
      until: localTime(offer.expiresAt, slot.timeZone),
      link: WAITLIST_URL,
    },
    dedupeKey: buildDedupeKey({ event, eventId: offer.id, channel: 'sms', recipient }),
  });
}
