import type { ActiveWardLink, RegistryScope } from '../access';
import type { AuditLog } from '../audit';
import type { OutboxPort, RequestOrigin } from '../identity';
import type { AppointmentOutboxPort, AppointmentRecipientsPort } from '../notifications';
import type { ExceptionKind } from '../scheduling';
import type { Clock } from '../shared';
import type {
  AppointmentStatus,
  AppointmentView,
  BookedByKind,
  BookingChannel,
  CancelledByKind,
  PatientBookingFacts,
  ReferralFacts,
  SlotAlternative,
  SlotFacts,
} from './booking.types';

/** The stored facts of an appointment the use cases decide on. */
export interface AppointmentRecord {
  id: string;
  patientId: string;
  slotId: string;
  status: AppointmentStatus;
  startsAt: Date;
  organizationId: string;
  practitionerId: string;
  specialtyCode: string;
  referralId: string | null;
  timeZone: string;
  cancellationWindowHours: number;
}

export interface NewAppointment {
  slotId: string;
  patientId: string;
  code: string;
  ticketNumber: string;
  channel: BookingChannel;
  /** The person's account that booked; null for an integration client (named by `bookedByClientId`). */
  bookedByAccountId: string | null;
  bookedByKind: BookedByKind;
  bookedByClientId?: string | null;
  /** The client's own identifier of the booking (`system|value`), unique per client. */
  clientIdentifier?: string | null;
  reason: string | null;
  referralId: string | null;
  overrideReason: string | null;
  at: Date;
}

export interface AppointmentListFilter {
  patientIds: readonly string[];
  statuses: readonly AppointmentStatus[] | null;
  from: Date | null;
  to: Date | null;
  /** Visits with this practitioner only. */
  practitionerId: string | null;
  /** Visits at the clinics of a registrar's or call centre's scope only (issue 13); null: any clinic. */
  organizationScope: RegistryScope | null;
  page: number;
  pageSize: number;
}

export interface BookingRepository {
  /** The slot with its clinic's booking policy and its specialty's flags; null when there is none. */
  findSlot(slotId: string): Promise<SlotFacts | null>;
  /**
   * Takes the patient's row lock for the rest of the transaction, so one patient's bookings run one after
   * another and the per-specialty limit (rule 3) holds under concurrency. False when there is no patient.
   */
  lockPatient(patientId: string): Promise<boolean>;
  /** The facts the patient rules need; `excludeAppointmentId` is left out of the specialty count. */
  patientFacts(
    patientId: string,
    specialtyCode: string,
    now: Date,
    noShowsSince: Date,
    excludeAppointmentId?: string,
  ): Promise<PatientBookingFacts | null>;
  findReferral(referralId: string): Promise<ReferralFacts | null>;
  /**
   * The one conditional statement of booking (rule 1): free → booked, only when the slot is free and not
   * held by anyone but `holderIds` (or the hold expired). False when someone else got it.
   */
  /**
   * Marks a free slot booked if it still starts at `startsAt` (the time the rules were checked for: a regional
   * MIS may move a free slot meanwhile, and the appointment copies the start). False when it is taken or moved.
   */
  claimSlot(slotId: string, holderIds: readonly string[], now: Date, startsAt: Date): Promise<boolean>;
  /** booked → free (cancel, reschedule): the slot is bookable at once. */
  releaseSlot(slotId: string, now: Date): Promise<void>;
  /** The next ticket sequence of a clinic's local day (ticket_counters, one atomic upsert). */
  nextTicketSequence(organizationId: string, localDay: string): Promise<number>;
  /**
   * Inserts the appointment; `slot_taken` when the database's unique partial index already holds an
   * active appointment for the slot, `duplicate_code` when the code or ticket number clashed.
   */
  insertAppointment(appointment: NewAppointment): Promise<{ id: string } | 'slot_taken' | 'duplicate_code'>;
  /** Marks the referral used by the appointment; false when another appointment used it first. */
  useReferral(referralId: string, appointmentId: string): Promise<boolean>;
  /** Makes the referral of a cancelled appointment usable again. */
  releaseReferral(appointmentId: string): Promise<void>;
  findAppointment(id: string): Promise<AppointmentRecord | null>;
  /** The appointment with this human code (`K7QX-M2PA`), for a check-in typed at the desk. */
  findAppointmentIdByCode(code: string): Promise<string | null>;
  /**
   * Conditional status change: only from one of `from`; false when the appointment moved on meanwhile.
   */
  setStatus(
    id: string,
    from: readonly AppointmentStatus[],
    to: AppointmentStatus,
    change: {
      at: Date;
      cancellationReason?: string | null;
      rescheduledToId?: string;
      /** Who cancelled: required with a cancelled status (the database checks it). */
      cancelledByKind?: CancelledByKind;
    },
  ): Promise<boolean>;
  view(id: string): Promise<AppointmentView | null>;
  /** The active appointment in a slot, if any (a repeated submit finds its first result, rule 2). */
  activeInSlot(slotId: string): Promise<{ id: string; patientId: string } | null>;
  list(filter: AppointmentListFilter): Promise<{ items: AppointmentView[]; total: number }>;
  /** Full names (`Фамилия Имя Отчество`) of the patients, by id; unknown ids are left out. */
  patientNames(patientIds: readonly string[]): Promise<Map<string, string>>;
  /** The representative's active parent and guardian links (the age rules decide which still count). */
  wardLinks(representativePatientId: string): Promise<ActiveWardLink[]>;
  /**
   * Up to `limit` free, unheld, bookable slots near `slot`: the same specialty at the same clinic first
   * (nearest in time), then the same practitioner elsewhere.
   */
  alternatives(slot: SlotFacts, channel: string, earliest: Date, limit: number): Promise<SlotAlternative[]>;
  /** Holds the slot for the patient until `until`, releasing the patient's other hold; false when taken. */
  hold(slotId: string, patientId: string, until: Date, now: Date): Promise<boolean>;
  countNoShow(patientId: string): Promise<void>;
  /** Rule 8: a live rebooking priority of the patient for the specialty at the clinic (clinic cancellation). */
  hasRebookingPriority(
    patientId: string,
    specialtyCode: string,
    organizationId: string,
    now: Date,
  ): Promise<boolean>;
}

/**
 * Hears of slots freed and booked inside a booking transaction, on that transaction: the waitlist offers a
 * freed slot to the first waiting patient before anyone else can book it (docs/domain.md rule 6), and closes the
 * offer its patient booked. Absent where no waitlist is wired.
 */
export interface SlotEventsPort {
  /** `freedByPatientId`: the patient who cancelled or moved away (never offered it back); null when a MIS opened it. */
  slotFreed(slotId: string, now: Date, freedByPatientId: string | null): Promise<void>;
  slotBooked(slotId: string, patientId: string, appointmentId: string, now: Date): Promise<void>;
}

export interface BookingRepos {
  booking: BookingRepository;
  audit: AuditLog;
  outbox: OutboxPort & AppointmentOutboxPort;
  slotEvents?: SlotEventsPort;
  /** Who hears of a visit change, on which channels (issue 5). */
  recipients: AppointmentRecipientsPort;
}

/**
 * Runs work in one transaction with a short lock timeout: a booking never queues behind another for long
 * (rule 1). A lock timeout or deadlock becomes `DomainError(onLockConflict)`.
 */
export interface BookingStore {
  /** Reads without a transaction (one statement, no locks): the pre-checks and the alternatives. */
  read<T>(work: (repos: Pick<BookingRepos, 'booking'>) => Promise<T>): Promise<T>;
  /**
   * The next ticket sequence of a clinic's local day, taken in a statement of its own that commits at once
   * (like a PostgreSQL sequence): the counter row is held for that statement only, not for the booking
   * transaction that follows, so the bookings of one clinic's day do not queue behind each other. A
   * transaction that fails after taking it leaves a gap in that day's numbers (docs/booking.md).
   */
  nextTicketSequence(organizationId: string, localDay: string): Promise<number>;
  transaction<T>(
    work: (repos: BookingRepos) => Promise<T>,
    options?: { onLockConflict?: string },
  ): Promise<T>;
}

// Clinic-side cancellation of a period and its dry run (docs/domain.md rule 8).

/** The role whose period is cancelled, with what the messages and the priority need. */
export interface CancellationRole {
  id: string;
  organizationId: string;
  organizationName: string;
  specialtyCode: string;
  timeZone: string;
  minNoticeMinutes: number;
}

/** An active (booked or confirmed) appointment of the role inside the period. */
export interface AffectedAppointment {
  id: string;
  patientId: string;
  slotId: string;
  code: string;
  startsAt: Date;
  bookedByAccountId: string | null;
  /** Surname, name, patronymic: the admin sees whom the cancellation reaches (nothing medical). */
  patientName: string;
}

export interface ClinicCancellationRepository {
  findRole(roleId: string): Promise<CancellationRole | null>;
  /** Serialises changes of the role's schedule and slots until the transaction ends. */
  lockRole(roleId: string): Promise<void>;
  createException(exception: {
    practitionerRoleId: string;
    kind: ExceptionKind;
    startsAt: Date;
    endsAt: Date;
    reason: string;
    createdByAccountId: string;
    at: Date;
  }): Promise<{ id: string }>;
  /** Booked and confirmed appointments of the role starting in [from, to), locked. */
  activeAppointments(roleId: string, from: Date, to: Date): Promise<AffectedAppointment[]>;
  /** booked/confirmed → cancelled_by_clinic with the reason; the ids actually changed. */
  cancelAppointments(ids: readonly string[], reason: string, at: Date): Promise<string[]>;
  /** Every slot of the role starting in [from, to) becomes `blocked` (free ones too); how many. */
  blockSlots(roleId: string, from: Date, to: Date, at: Date): Promise<number>;
  /** Start times of up to `limit` free, unheld internet slots of the specialty at the clinic after `earliest`. */
  alternativeStarts(role: CancellationRole, earliest: Date, limit: number): Promise<Date[]>;
  grantRebookingPriority(priority: {
    patientId: string;
    specialtyCode: string;
    organizationId: string;
    until: Date;
    sourceAppointmentId: string;
  }): Promise<void>;
}

export interface ClinicCancellationRepos {
  cancellation: ClinicCancellationRepository;
  audit: AuditLog;
  outbox: OutboxPort & AppointmentOutboxPort;
  /** Issue 5: who hears of the cancellation, on the channels their preferences allow. */
  recipients: AppointmentRecipientsPort;
}

export interface ClinicCancellationDeps {
  store: { transaction<T>(work: (repos: ClinicCancellationRepos) => Promise<T>): Promise<T> };
  clock: Clock;
  /** How long affected patients may book priority-quota slots (BOOKING_REBOOK_PRIORITY_HOURS). */
  rebookPriorityHours: number;
}

export interface CancelPeriodInput {
  origin: RequestOrigin;
  practitionerRoleId: string;
  from: Date;
  to: Date;
  reason?: string | null;
  kind?: 'absence' | 'vacation' | 'sick_day';
}
