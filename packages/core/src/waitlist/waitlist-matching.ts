import {
  BookingErrorCode,
  isHeldByOther,
  type PatientBookingFacts,
  patientRefusals,
  type Refusal,
  type SlotFacts,
  slotRefusals,
} from '../booking';
import { localDate } from '../shared';
import { type AgeGroup, fitsAgeGroup } from '../slot-search';
import type { WaitlistCandidate, WaitlistOfferPolicy } from './waitlist.types';

/**
 * Whether a slot is what the entry waits for: its specialty, its practitioner or clinic when one was named
 * (otherwise any clinic of the patient's region), and a start whose clinic-local date lies in the entry's window (the patient chose days in the clinic's
 * calendar, docs/domain.md rule 10).
 */
export function entryMatchesSlot(
  entry: Pick<
    WaitlistCandidate,
    'specialtyCode' | 'practitionerId' | 'organizationId' | 'dateFrom' | 'dateTo' | 'patientRegionCode'
  >,
  slot: Pick<
    SlotFacts,
    'specialtyCode' | 'practitionerId' | 'organizationId' | 'regionCode' | 'startsAt' | 'organization'
  >,
): boolean {
  if (entry.specialtyCode !== slot.specialtyCode) return false;
  if (entry.practitionerId !== null && entry.practitionerId !== slot.practitionerId) return false;
  if (entry.organizationId !== null && entry.organizationId !== slot.organizationId) return false;
  // "Any doctor of the specialty" means in the patient's region, not across eleven time zones.
  const isUntargeted = entry.practitionerId === null && entry.organizationId === null;
  if (isUntargeted && entry.patientRegionCode !== slot.regionCode) return false;
  const day = localDate(slot.startsAt, slot.organization.timeZone);
  return day >= entry.dateFrom && day <= entry.dateTo;
}

/** First in, first served: the oldest entry first; ties (same instant) by id, so every process agrees. */
export function byWaitingOrder(a: WaitlistCandidate, b: WaitlistCandidate): number {
  const diff = a.createdAt.getTime() - b.createdAt.getTime();
  if (diff !== 0) return diff;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Whether a slot may be offered at all: free, not under someone's live hold (the previous offeree's hold
 * may be passed on), and bookable online now (minimum notice, horizon, the `internet` channel). An offer
 * the patient could not book would only hide the slot from everyone.
 */
export function isSlotOfferable(
  slot: SlotFacts,
  now: Date,
  passingFromPatientId: string | null = null,
): boolean {
  if (slot.status !== 'free') return false;
  if (isHeldByOther(slot, passingFromPatientId ? [passingFromPatientId] : [], now)) return false;
  return slotRefusals(slot, 'internet', now).length === 0;
}

/**
 * The entry-level checks, before the patient's booking facts are read: the slot matches, the patient is not
 * the one who just freed it, and the patient's age on the visit day fits the specialty's age group. (Entries
 * with another open offer, or offered this slot before, never reach here: `waitingCandidates` leaves them out.)
 */
export function isCandidateFor(
  candidate: WaitlistCandidate,
  slot: SlotFacts,
  ageGroup: AgeGroup,
  excludePatientId: string | null = null,
): boolean {
  if (excludePatientId !== null && candidate.patientId === excludePatientId) return false;
  if (!entryMatchesSlot(candidate, slot)) return false;
  return fitsAgeGroup(
    ageGroup,
    candidate.patientBirthDate,
    localDate(slot.startsAt, slot.organization.timeZone),
  );
}

/**
 * The booking rules that would refuse the patient this slot online (specialty limit — an active visit of
 * the specialty already —, no-show suspension, attachment, priority quota). The referral is chosen when
 * booking, so REFERRAL_REQUIRED does not block an offer, as it does not block a hold.
 */
export function offerRefusals(
  slot: SlotFacts,
  patient: PatientBookingFacts,
  now: Date,
  policy: WaitlistOfferPolicy,
): Refusal[] {
  return patientRefusals({
    slot,
    patient,
    referral: null,
    channel: 'internet',
    now,
    policy: policy.booking,
  }).filter((r) => r.code !== BookingErrorCode.REFERRAL_REQUIRED);
}
