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
