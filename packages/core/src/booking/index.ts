// Booking: the rules of docs/domain.md §3 (1–10) as pure functions, the use cases, the ticket code and QR payload.

export { auditAppointment } from './appointment-audit';
export {
  APPOINTMENT_CODE_PATTERN,
  clinicTicketPrefix,
  formatTicketNumber,
  generateAppointmentCode,
} from './appointment-code';
export { appointmentFor } from './appointment-reading';
export { canTransition, statusesLeadingTo } from './appointment-status';
export { type BookAppointmentInput, bookAppointment } from './book-appointment';
export { BookingErrorCode, OVERRIDABLE_REFUSALS } from './booking.errors';
export type * from './booking.ports';
export type {
  AffectedAppointment,
  CancellationRole,
  CancelPeriodInput,
  ClinicCancellationDeps,
  ClinicCancellationRepos,
  ClinicCancellationRepository,
} from './booking.ports';
export * from './booking.types';
export { bookingUseCases, clientBookingUseCases, clinicCancellationUseCases } from './booking.use-cases';
export {
  authorizeAppointment,
  type BookingActor,
  type BookingDeps,
  resolveBookingActor,
} from './booking-deps';
export * from './booking-rules';
export { cancelAppointment } from './cancel-appointment';
export { type CancelPeriodResult, cancelPeriodByClinic, cancelPeriodIn } from './cancel-by-clinic';
export { isInsideCancellationWindow, isWithinRescheduleWindow, normalizeReason } from './cancellation';
export { checkInAppointment, confirmAppointment, markAppointmentOutcome } from './change-appointment-status';
export type * from './client-booking-deps';
export {
  APPOINTMENT_STATUS_NAMES,
  type AppointmentExport,
  appointmentExportRow,
  EXPORT_COLUMNS,
  EXPORT_MAX_ROWS,
  exportAppointments,
} from './export-appointments';
export { holdSlot } from './hold-slot';
export {
  type AppointmentFilterInput,
  getAppointment,
  type ListAppointmentsInput,
  listAppointments,
  listedPatients,
  ownAndWards,
} from './list-appointments';
export { daysBetween, formatLocalDateTime, localDate, russianDate, zonedIso } from './local-time';
export {
  type CancelPeriodPreview,
  type CancelPreviewVisit,
  previewCancelPeriod,
} from './preview-cancel-period';
export { rescheduleAppointment } from './reschedule-appointment';
export { MAX_ALTERNATIVES, presentAlternative } from './slot-taken';
export { signTicketPayload, ticketPayloadExpiry, verifyTicketPayload } from './ticket-payload';
