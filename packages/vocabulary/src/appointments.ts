/**
 * Statuses of an appointment (docs/domain.md §2): booked → confirmed → arrived → fulfilled, or one of the ends. The
 * database's check constraint and the API's enum are built from it.
 */
export const APPOINTMENT_STATUSES = [
  'booked',
  'confirmed',
  'arrived',
  'fulfilled',
  'cancelled_by_patient',
  'cancelled_by_clinic',
  'rescheduled',
  'noshow',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** How an appointment was made (the database's check constraint is built from this list). */
export const BOOKING_CHANNELS = [
  'internet',
  'mobile',
  'registry',
  'call_centre',
  'doctor',
  'infomat',
  'api',
] as const;
export type BookingChannel = (typeof BOOKING_CHANNELS)[number];

/**
 * Who cancelled an appointment (issue 13 item 4: cancellations by whom): the patient themself, their
 * representative (a parent, a guardian, an adult with booking consent), the registry acting on the patient's
 * behalf (a phone call), or the clinic (an admin's cancellation of a period, an approved practitioner absence).
 * Set with the status; the first three go with `cancelled_by_patient`, `clinic` with `cancelled_by_clinic`.
 */
export const CANCELLED_BY_KINDS = ['patient', 'representative', 'registry', 'clinic'] as const;
export type CancelledByKind = (typeof CANCELLED_BY_KINDS)[number];

/**
 * The finest grouping of the load report (docs/analytics.md): per clinic, per clinic × specialty, or down to
 * every practitioner.
 */
export const LOAD_DETAILS = ['organization', 'specialty', 'practitioner'] as const;
export type LoadDetail = (typeof LOAD_DETAILS)[number];
