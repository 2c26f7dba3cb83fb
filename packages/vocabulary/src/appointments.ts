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
