import { type BookingPolicy, DEFAULT_BOOKING_POLICY } from '../booking';

/** Why the patient joined the list (docs/domain.md §2 WaitlistEntry: no free slots, no convenient time, no specialist). */
export const WAITLIST_REASONS = ['no_free_slots', 'no_convenient_time', 'no_specialist'] as const;
export type WaitlistReason = (typeof WAITLIST_REASONS)[number];

/** Stored status of an entry; `waiting` is the only active one. */
export type WaitlistEntryStatus = 'waiting' | 'fulfilled' | 'cancelled' | 'expired';
/** Status the patient sees: `offered` is a waiting entry with an open offer. */
export type WaitlistEntryPublicStatus = 'waiting' | 'offered' | 'fulfilled' | 'expired';

/** The waitlist's numbers (`@talon/config`: BOOKING_WAITLIST_*). */
export interface WaitlistPolicy {
  /** How long a freed slot is offered exclusively to one waiting patient. */
  offerMinutes: number;
  /** Active (waiting) entries a patient may have at once. */
  maxActiveEntries: number;
  /** The longest window an entry may cover, in days (the longest booking horizon). */
  maxWindowDays: number;
}

export const DEFAULT_WAITLIST_POLICY: WaitlistPolicy = Object.freeze({
  offerMinutes: 15,
  maxActiveEntries: 5,
  maxWindowDays: 30,
});

/** What offering needs: the booking rules' numbers (the offeree must be able to book) and the waitlist's. */
export interface WaitlistOfferPolicy {
  booking: BookingPolicy;
  waitlist: WaitlistPolicy;
}

/**
 * The offer policy from the installation's booking settings (`config.booking`, BOOKING_* and
 * BOOKING_WAITLIST_*): one definition for the API and the worker, so both offer by the same rules.
 */
export function waitlistPolicyOf(
  settings: Partial<BookingPolicy> & { waitlistOfferMinutes: number; waitlistMaxEntries: number },
): WaitlistOfferPolicy {
  return {
    booking: { ...DEFAULT_BOOKING_POLICY, ...settings },
    waitlist: {
      ...DEFAULT_WAITLIST_POLICY,
      offerMinutes: settings.waitlistOfferMinutes,
      maxActiveEntries: settings.waitlistMaxEntries,
    },
  };
}

/** A waiting entry as the offer logic sees it, with the facts matching needs. */
export interface WaitlistCandidate {
  id: string;
  patientId: string;
  specialtyCode: string;
  practitionerId: string | null;
  organizationId: string | null;
  /** Clinic-local dates `YYYY-MM-DD`, inclusive. */
  dateFrom: string;
  dateTo: string;
  createdAt: Date;
  /** Who put the patient on the list: their phone gets the offer when the patient has none (a child). */
  createdByAccountId: string | null;
  patientBirthDate: string;
  /** An entry naming no practitioner or clinic waits in the patient's own region only. */
  patientRegionCode: string;
}

/** A new entry as the use case stores it. */
export interface NewWaitlistEntry {
  patientId: string;
  createdByAccountId: string;
  specialtyCode: string;
  practitionerId: string | null;
  organizationId: string | null;
  dateFrom: string;
  dateTo: string;
  reason: WaitlistReason;
}

/** The open offer of an entry as the patient sees it: the web app opens straight onto the slot. */
export interface WaitlistOfferView {
  slotId: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  expiresAt: Date;
  practitioner: { id: string; name: string };
  organization: { id: string; name: string };
}

export interface WaitlistEntryView {
  id: string;
  patientId: string;
  specialty: { code: string; name: string };
  practitioner: { id: string; name: string } | null;
  organization: { id: string; name: string } | null;
  dateFrom: string;
  dateTo: string;
  reason: WaitlistReason;
  status: WaitlistEntryPublicStatus;
  appointmentId: string | null;
  createdAt: Date;
  offer: WaitlistOfferView | null;
}

/** An offer the sweep must settle: expired, or its slot or entry moved on. */
export interface DueOffer {
  id: string;
  entryId: string;
  slotId: string;
  patientId: string;
  expiresAt: Date;
  /** Who put the patient on the list: their account hears of the offer's end. */
  createdByAccountId: string | null;
}
