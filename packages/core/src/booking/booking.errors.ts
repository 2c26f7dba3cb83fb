/**
 * Error codes of the booking module (mapped to HTTP and Russian text by the API). The refusal codes of
 * docs/domain.md §3 (rules 1–9) are public contract: each names the rule that refused and the API tells the
 * patient what to do next.
 */
export const BookingErrorCode = {
  /** The slot does not exist (or was taken out of the schedule). */
  SLOT_NOT_FOUND: 'SLOT_NOT_FOUND',
  /** Another appointment (or another patient's live hold) has the slot: 409 with nearby alternatives. */
  SLOT_TAKEN: 'SLOT_TAKEN',
  /** The slot starts in the past or inside the clinic's minimum notice (rule 4). */
  SLOT_IN_PAST: 'SLOT_IN_PAST',
  /** The slot lies beyond the clinic's booking horizon (rule 4). */
  BEYOND_HORIZON: 'BEYOND_HORIZON',
  /** The slot cannot be booked through the caller's channel (rule 5). */
  CHANNEL_NOT_ALLOWED: 'CHANNEL_NOT_ALLOWED',
  /** The patient already has an active future appointment in this specialty (rule 3). */
  SPECIALTY_LIMIT: 'SPECIALTY_LIMIT',
  /** The specialty needs a valid, unused referral (rule 5). */
  REFERRAL_REQUIRED: 'REFERRAL_REQUIRED',
  /** The specialty is booked only at the clinic the patient is attached to (rule 5). */
  NOT_ATTACHED: 'NOT_ATTACHED',
  /** A priority-quota slot before its release, for a patient without a privileged category (rule 9). */
  PRIORITY_QUOTA: 'PRIORITY_QUOTA',
  /** Online self-booking suspended after repeated no-shows (rule 3a). */
  NO_SHOW_SUSPENDED: 'NO_SHOW_SUSPENDED',
  /** Booking for another adult without their consent, or for a child without a link (rule 3). */
  CONSENT_REQUIRED: 'CONSENT_REQUIRED',
  /** The appointment does not exist or the caller may not see it: the answer is the same. */
  APPOINTMENT_NOT_FOUND: 'APPOINTMENT_NOT_FOUND',
  /** Cancelling inside the cancellation window (24 h by default) needs a reason (rule 6). */
  CANCELLATION_REASON_REQUIRED: 'CANCELLATION_REASON_REQUIRED',
  /** The appointment's status does not allow the change (cancel a visit that took place, confirm twice…). */
  APPOINTMENT_STATUS_CONFLICT: 'APPOINTMENT_STATUS_CONFLICT',
  /** The new slot of a reschedule is more than 30 days from the original date (rule 7). */
  RESCHEDULE_WINDOW: 'RESCHEDULE_WINDOW',
  /** A reschedule moves a visit to another slot of the same specialty only. */
  RESCHEDULE_OTHER_SPECIALTY: 'RESCHEDULE_OTHER_SPECIALTY',
  /** Check-in happens on the day of the visit (the clinic's local day), not before or after. */
  CHECK_IN_NOT_TODAY: 'CHECK_IN_NOT_TODAY',
  /** The practitioner's outcome of a visit (fulfilled, no-show) is marked once the visit has started. */
  VISIT_NOT_STARTED: 'VISIT_NOT_STARTED',
  /** The ticket's QR payload is malformed or its signature does not verify. */
  TICKET_INVALID: 'TICKET_INVALID',
  /** A check-in names neither a QR payload nor a well-formed ticket code (8 symbols, `K7QX-M2PA`). */
  TICKET_CODE_INVALID: 'TICKET_CODE_INVALID',
  /** A staff override of a rule (rule 5a) needs a reason. */
  OVERRIDE_REASON_REQUIRED: 'OVERRIDE_REASON_REQUIRED',
  /** No patient to book, hold or list for: a registrar must name one; the caller has no patient record. */
  PATIENT_REQUIRED: 'PATIENT_REQUIRED',
} as const;
export type BookingErrorCode = (typeof BookingErrorCode)[keyof typeof BookingErrorCode];

/** The refusals a staff member with the right role may override with a reason (rule 5a). */
export const OVERRIDABLE_REFUSALS: ReadonlySet<BookingErrorCode> = new Set([
  BookingErrorCode.CHANNEL_NOT_ALLOWED,
  BookingErrorCode.PRIORITY_QUOTA,
  BookingErrorCode.SPECIALTY_LIMIT,
  BookingErrorCode.NOT_ATTACHED,
]);
