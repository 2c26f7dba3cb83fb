import { formatLocalDateTime } from '../booking';
import { enqueueAppointmentMessages } from '../notifications';
import { localTime } from '../shared';
import type { WaitlistRepos } from './waitlist.ports';

/** Where the SMS sends the patient: the waitlist page opens straight onto the offered slot. */
export const WAITLIST_URL = '/waitlist';

interface OfferFacts {
  id: string;
  slotId: string;
  patientId: string;
  createdByAccountId: string | null;
  expiresAt: Date;
}

/** What an offer's messages say: the slot's clinic-local time, the clinic, until when it is held. */
async function offerPayload(repos: WaitlistRepos, offer: OfferFacts) {
  const slot = await repos.waitlist.offerSlotSummary(offer.slotId);
  if (!slot) return null;
  return {
    timeZone: slot.timeZone,
    payload: {
      at: formatLocalDateTime(slot.startsAt, slot.timeZone),
      clinic: slot.organizationName,
      specialty: slot.specialtyName,
      until: localTime(offer.expiresAt, slot.timeZone),
      link: WAITLIST_URL,
    },
  };
}

/**
 * Writes the `waitlist_offer` messages to the outbox in the offer's transaction (docs/domain.md rule 22): the slot's
 * clinic-local time, the clinic and the moment the offer ends — no name, no diagnosis. Once per offer and
 * channel.
 */
export async function enqueueOfferMessage(repos: WaitlistRepos, offer: OfferFacts, now: Date): Promise<void> {
  const facts = await offerPayload(repos, offer);
  if (!facts) return;
  const { payload } = facts;
  // Every channel the person left on; SMS and push only outside their quiet hours, since an offer held
  // until the morning would arrive expired.
  await enqueueAppointmentMessages(
    repos,
    {
      event: 'waitlist.offer',
      template: 'waitlist_offer',
      appointmentId: offer.id,
      patientId: offer.patientId,
      bookedByAccountId: offer.createdByAccountId,
      timeZone: facts.timeZone,
      payload,
      isRecipientAction: false,
      expiresAt: offer.expiresAt,
    },
    now,
  );
}

/**
 * The offer ran out unanswered and went to the next person: the patient hears it by email and in the app
 * (news, not an alarm: no SMS or push), and that they stay on the list.
 */
export async function enqueueOfferExpiredMessage(
  repos: WaitlistRepos,
  offer: OfferFacts,
  now: Date,
): Promise<void> {
  const facts = await offerPayload(repos, offer);
  if (!facts) return;
  await enqueueAppointmentMessages(
    repos,
    {
      event: 'waitlist.offer_expired',
      template: 'waitlist_offer_expired',
      appointmentId: offer.id,
      patientId: offer.patientId,
      bookedByAccountId: offer.createdByAccountId,
      timeZone: facts.timeZone,
      payload: facts.payload,
      isRecipientAction: false,
      channels: ['email', 'in_app'],
    },
    now,
  );
}

/**
 * The registry desk took the entry off the list on the patient's request (docs/registry.md): told by email
 * and in the app at once, with the specialty and the clinic, so a removal nobody asked for does not go unseen.
 */
export async function enqueueRemovedAtDeskMessage(
  repos: WaitlistRepos,
  entry: { id: string; patientId: string; createdByAccountId: string | null },
  facts: { specialty: string; clinic: string },
): Promise<void> {
  await enqueueAppointmentMessages(
    repos,
    {
      event: 'waitlist.removed',
      template: 'waitlist_removed',
      appointmentId: entry.id,
      patientId: entry.patientId,
      bookedByAccountId: entry.createdByAccountId,
      // Sent at once (`now` null), so no quiet hours are read and the zone is never used.
      timeZone: 'Europe/Moscow',
      payload: { specialty: facts.specialty, clinic: facts.clinic, link: WAITLIST_URL },
      isRecipientAction: true,
      channels: ['email', 'in_app'],
    },
    null,
  );
}
