import { localDate } from '../shared';
import type { WaitlistRepos } from './waitlist.ports';
import type { WaitlistOfferPolicy } from './waitlist.types';
import { byWaitingOrder, isCandidateFor, isSlotOfferable, offerRefusals } from './waitlist-matching';
import { enqueueOfferMessage } from './waitlist-messages';

const DAY_MS = 86_400_000;
/**
 * The slot's hold outlasts the offer by this much: an offer expires at `expiresAt`, but the slot stays
 * hidden until the sweep (every minute) hands it to the next patient or back to everyone, so nobody else
 * can snap it up in between. The offeree may still book during this grace.
 */
export const OFFER_HOLD_GRACE_MS = 2 * 60_000;
/** Waiting entries read per offer; the first that fits wins, so a long list is rarely read to the end. */
const CANDIDATE_LIMIT = 100;

export interface OfferedSlot {
  offerId: string;
  entryId: string;
  patientId: string;
  expiresAt: Date;
}

/**
 * Offers a free slot exclusively to the first waiting patient it fits (FIFO), inside the caller's
 * transaction: cancel and reschedule (the slot never shows as free in between), the sweep passing an
 * expired offer on, new schedule slots. The slot row is locked first, so concurrent offers of one slot run
 * one after another; the unique indexes of `waitlist_offers` stop any second open offer anyway. Null when
 * nobody fits: the slot stays (or becomes) public.
 */
export async function offerSlotToWaitlist(
  repos: WaitlistRepos,
  policy: WaitlistOfferPolicy,
  input: {
    slotId: string;
    now: Date;
    /** The patient who freed the slot (cancel, reschedule): offering it back makes no sense. */
    excludePatientId?: string | null;
    /** The offeree whose offer just expired: their hold is handed on. */
    passingFromPatientId?: string | null;
  },
): Promise<OfferedSlot | null> {
  const { now } = input;
  const passingFrom = input.passingFromPatientId ?? null;
  await repos.waitlist.lockSlot(input.slotId);
  const slot = await repos.booking.findSlot(input.slotId);
  if (!slot || !isSlotOfferable(slot, now, passingFrom)) return null;
  const ageGroup = await repos.waitlist.specialtyAgeGroup(slot.specialtyCode);
  if (!ageGroup) return null;
  const candidates = await repos.waitlist.waitingCandidates(
    {
      slotId: slot.id,
      specialtyCode: slot.specialtyCode,
      practitionerId: slot.practitionerId,
      organizationId: slot.organizationId,
      regionCode: slot.regionCode,
      day: localDate(slot.startsAt, slot.organization.timeZone),
    },
    CANDIDATE_LIMIT,
  );
  const noShowsSince = new Date(now.getTime() - policy.booking.noShowWindowDays * DAY_MS);
  const excludePatientId = input.excludePatientId ?? null;
  // First in, first served: the first entry that fits wins.
  for (const candidate of [...candidates].sort(byWaitingOrder)) {
    // The entry checks first: the booking facts are read only for a candidate that could take the slot.
    if (!isCandidateFor(candidate, slot, ageGroup, excludePatientId)) continue;
    const facts = await repos.booking.patientFacts(
      candidate.patientId,
      slot.specialtyCode,
      now,
      noShowsSince,
    );
    if (!facts || offerRefusals(slot, facts, now, policy).length > 0) continue;
    const expiresAt = new Date(now.getTime() + policy.waitlist.offerMinutes * 60_000);
    const created = await repos.waitlist.createOffer({
      entryId: candidate.id,
      slotId: slot.id,
      patientId: candidate.patientId,
      offeredAt: now,
      expiresAt,
      holdUntil: new Date(expiresAt.getTime() + OFFER_HOLD_GRACE_MS),
      passingFromPatientId: passingFrom,
    });
    if (created === 'taken') return null;
    // Another process offered this entry something meanwhile: the next entry in line.
    if (created === 'conflict') continue;
    await enqueueOfferMessage(
      repos,
      {
        id: created.id,
        slotId: slot.id,
        patientId: candidate.patientId,
        createdByAccountId: candidate.createdByAccountId,
        expiresAt,
      },
      now,
    );
    return { offerId: created.id, entryId: candidate.id, patientId: candidate.patientId, expiresAt };
  }
  return null;
}
