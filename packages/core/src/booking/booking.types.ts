import type { AppointmentStatus, BookingChannel } from '@talon/vocabulary';
import type { SlotChannel, SlotStatus, VisitType } from '../scheduling';

// The closed lists are the vocabulary's (packages/vocabulary): rules, checks, contracts and pages share them.
export {
  APPOINTMENT_STATUSES,
  type AppointmentStatus,
  BOOKING_CHANNELS,
  type BookingChannel,
  CANCELLED_BY_KINDS,
  type CancelledByKind,
} from '@talon/vocabulary';
// Declared by scheduling, which makes the slots; booking's rules speak of them too.
export type { SlotChannel, SlotStatus, VisitType };

/** Who made a booking; `integration_client`: a machine client through FHIR (issue 14). */
export const BOOKED_BY_KINDS = [
  'patient',
  'representative',
  'registrar',
  'practitioner',
  'integration_client',
] as const;
export type BookedByKind = (typeof BOOKED_BY_KINDS)[number];

/**
 * A per-region and/or per-specialty exception to the installation's specialty limit (rule 3); `*` matches
 * any region or specialty.
 */
export interface SpecialtyLimitRule {
  region: string;
  specialty: string;
  limit: number;
}

/** Tunable numbers of the booking rules; defaults in `DEFAULT_BOOKING_POLICY`. */
export interface BookingPolicy {
  /** Active future appointments a patient may hold per specialty (rule 3), unless a rule below says otherwise. */
  specialtyLimit: number;
  /** Exceptions by region and specialty; the most specific match wins. */
  specialtyLimits: readonly SpecialtyLimitRule[];
  /** No-shows within `noShowWindowDays` that suspend online self-booking (rule 3a). */
  noShowLimit: number;
  noShowWindowDays: number;
  /** How long the suspension lasts from the last no-show. */
  noShowSuspensionDays: number;
  /** How long a hold keeps a slot for its holder. */
  holdMinutes: number;
  /** A reschedule's new slot lies within this many days of the original date (rule 7). */
  rescheduleWindowDays: number;
}

export const DEFAULT_BOOKING_POLICY: BookingPolicy = Object.freeze({
  specialtyLimit: 1,
  specialtyLimits: [],
  noShowLimit: 2,
  noShowWindowDays: 365,
  noShowSuspensionDays: 30,
  holdMinutes: 5,
  rescheduleWindowDays: 30,
});

/** A slot with what the rules need of its clinic and specialty. */
export interface SlotFacts {
  id: string;
  status: SlotStatus;
  heldByPatientId: string | null;
  heldUntil: Date | null;
  startsAt: Date;
  endsAt: Date;
  channels: readonly string[];
  isPriority: boolean;
  priorityReleasedAt: Date | null;
  specialtyCode: string;
  /** The clinic's region code (reference list), for per-region limits. */
  regionCode: string;
  organizationId: string;
  practitionerId: string;
  visitType: VisitType;
  organization: {
    /** Short name, e.g. `ГП № 14`: the prefix of ticket numbers. */
    shortName: string;
    timeZone: string;
    bookingHorizonDays: number;
    minNoticeMinutes: number;
    cancellationWindowHours: number;
  };
  specialty: { selfBooking: boolean; referralRequired: boolean; attachmentRequired: boolean };
}

/** What the rules need to know about the patient being booked. */
export interface PatientBookingFacts {
  id: string;
  attachedOrganizationId: string | null;
  privilegedCategory: string | null;
  /** Start times of the patient's no-shows in the rule's window. */
  noShowStarts: readonly Date[];
  /** Active future appointments of the patient in the slot's specialty (the one being moved excluded). */
  activeInSpecialty: number;
}

export interface ReferralFacts {
  id: string;
  patientId: string;
  specialtyCode: string;
  /** Last valid day, `YYYY-MM-DD`. */
  validUntil: string;
  usedByAppointmentId: string | null;
  cancelledAt: Date | null;
}

/** The patient's review of a fulfilled visit (docs/domain.md §2 Review); at most one per appointment. */
export interface AppointmentReview {
  rating: number;
  comment: string | null;
  createdAt: Date;
}

/**
 * What only readers with medical access see of a visit (docs/domain.md rule 24): the patient's reason and
 * the cancellation reason. Registrars, call centres and booking-consent proxies get the visit without them.
 */
export interface AppointmentMedicalFields {
  reason: string | null;
  cancellationReason: string | null;
}

/** An appointment as stored, with everything the API may show of it. */
export interface AppointmentView extends AppointmentMedicalFields {
  id: string;
  patientId: string;
  status: AppointmentStatus;
  code: string;
  ticketNumber: string;
  channel: BookingChannel;
  visitType: VisitType;
  specialty: { code: string; name: string };
  slot: { id: string; startsAt: Date; endsAt: Date; timeZone: string };
  organization: { id: string; name: string; address: string };
  room: string | null;
  practitioner: { id: string; name: string };
  rescheduledToId: string | null;
  createdAt: Date;
  review: AppointmentReview | null;
}

/** An appointment as one reader sees it: in the booking view, without the medical fields. */
export type AppointmentReading = Omit<AppointmentView, keyof AppointmentMedicalFields> &
  Partial<AppointmentMedicalFields>;

/** A free slot offered instead of a taken one. */
export interface SlotAlternative {
  id: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  organization: { id: string; name: string };
  practitioner: { id: string; name: string };
  room: string | null;
}
