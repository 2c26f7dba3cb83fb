import type { BookingRepository } from '../booking';
import type { OutboxPort } from '../identity';
import type { AppointmentOutboxPort, AppointmentRecipientsPort } from '../notifications';
import type { AgeGroup } from '../slot-search';
import type {
  DueOffer,
  NewWaitlistEntry,
  WaitlistCandidate,
  WaitlistEntryStatus,
  WaitlistEntryView,
} from './waitlist.types';

/** What the offer SMS says about the slot: clinic-local time and the clinic's name, nothing personal. */
export interface OfferSlotSummary {
  startsAt: Date;
  timeZone: string;
  organizationName: string;
  specialtyName: string;
}

export interface CandidateQuery {
  slotId: string;
  specialtyCode: string;
  practitionerId: string;
  organizationId: string;
  regionCode: string;
  /** The slot's clinic-local date, `YYYY-MM-DD`. */
  day: string;
}

export interface NewOffer {
  entryId: string;
  slotId: string;
  patientId: string;
  offeredAt: Date;
  expiresAt: Date;
  /** The slot's hold lasts a little longer than the offer, so it stays hidden until the sweep passes it on. */
  holdUntil: Date;
  /** The previous offeree, whose hold may be handed on without the slot ever showing as free. */
  passingFromPatientId: string | null;
}

export interface WaitlistRepository {
  /** The specialty's age group; null when the code is not in the reference list. */
  specialtyAgeGroup(code: string): Promise<AgeGroup | null>;
  /** The practitioner (at the clinic, if both) or the clinic has a role in the specialty. */
  targetExists(
    specialtyCode: string,
    practitionerId: string | null,
    organizationId: string | null,
  ): Promise<boolean>;
  countActive(patientId: string): Promise<number>;
  /** Inserts a waiting entry; `duplicate` when the patient already waits for the same specialty and target. */
  insertEntry(entry: NewWaitlistEntry, now: Date): Promise<{ id: string } | 'duplicate'>;
  listEntries(patientIds: readonly string[], now: Date): Promise<WaitlistEntryView[]>;
  /** The entry's patient and status, and who put them on the list (their account hears of its removal). */
  findEntry(id: string): Promise<{
    id: string;
    patientId: string;
    status: WaitlistEntryStatus;
    createdByAccountId: string | null;
  } | null>;
  /** waiting → cancelled (conditional); false when it was not waiting any more. */
  cancelEntry(id: string, now: Date): Promise<boolean>;
  /** The slot of the entry's open offer, if any. */
  openOfferOfEntry(entryId: string): Promise<DueOffer | null>;
  /**
   * Waiting entries that may match the slot (its specialty, practitioner or clinic, its clinic-local `day`
   * in the window), oldest first, with the facts the matching needs. Entries with another offer open (one
   * at a time) or offered this slot before (never twice) are left out.
   */
  waitingCandidates(slot: CandidateQuery, limit: number): Promise<WaitlistCandidate[]>;
  /** Locks the slot row for the rest of the transaction: offers of one slot happen one after another. */
  lockSlot(slotId: string): Promise<void>;
  /**
   * Records the offer (the unique indexes refuse a second open offer of the slot or of the entry, and the
   * same slot offered to the entry twice) and puts the slot's hold on the patient. `taken` when the slot
   * is no longer free or held by someone else, `conflict` when an index refused the offer.
   */
  createOffer(offer: NewOffer): Promise<{ id: string } | 'taken' | 'conflict'>;
  /** offered → `status` (conditional); false when the offer was settled meanwhile. */
  closeOffer(offerId: string, status: 'expired' | 'declined', now: Date): Promise<boolean>;
  /** Clears the slot's hold if the patient still has it: the slot is public again. */
  releaseHold(slotId: string, patientId: string): Promise<void>;
  /** The offeree booked the slot: the offer is `accepted` and its entry `fulfilled` by the appointment. */
  acceptOffer(slotId: string, patientId: string, appointmentId: string, now: Date): Promise<boolean>;
  /** Open offers past `now`, or whose slot is no longer free, or whose entry no longer waits. */
  dueOffers(now: Date, limit: number): Promise<DueOffer[]>;
  /** Waiting entries whose window ended before `beforeDate` (`YYYY-MM-DD`) become `expired`. */
  expireEntries(beforeDate: string, now: Date): Promise<number>;
  /**
   * Free slots created after a waiting entry that might match it (the same specialty and target, a start
   * near the window, the internet channel) and were never offered to it: new schedule slots and extra hours.
   */
  newSlotIds(now: Date, limit: number): Promise<string[]>;
  offerSlotSummary(slotId: string): Promise<OfferSlotSummary | null>;
  /**
   * Holds that ran out in [`from`, `to`) unused: the slot is still free, it was no waitlist offer, and the
   * patient booked nothing in the hour before it ended. The person left the page before «Записаться».
   */
  lapsedHolds(from: Date, to: Date, limit: number): Promise<LapsedHold[]>;
}

/** A patient's 5-minute hold that ended without a booking, with what its notice says. */
export interface LapsedHold extends OfferSlotSummary {
  slotId: string;
  patientId: string;
  heldUntil: Date;
  organizationId: string;
  practitionerId: string;
  specialtyCode: string;
}

/** The repositories of an offer, on one transaction: the slot and patient facts of booking, the outbox. */
export interface WaitlistRepos {
  waitlist: WaitlistRepository;
  booking: BookingRepository;
  outbox: OutboxPort & AppointmentOutboxPort;
  /** Who hears of an offer, on which channels (issue 5). */
  recipients: AppointmentRecipientsPort;
}

/** The waitlist's unit of work (a short lock timeout, as booking's; outbox rows kicked after commit). */
export interface WaitlistStore {
  read<T>(work: (repos: Pick<WaitlistRepos, 'waitlist' | 'booking'>) => Promise<T>): Promise<T>;
  transaction<T>(work: (repos: WaitlistRepos) => Promise<T>): Promise<T>;
}
