import { bookAppointment } from './book-appointment';
import { cancelAppointment } from './cancel-appointment';
import { cancelPeriodByClinic } from './cancel-by-clinic';
import { checkInAppointment, confirmAppointment, markAppointmentOutcome } from './change-appointment-status';
import {
  bookForClient,
  cancelForClient,
  findClientPatient,
  getClientAppointment,
  holdForClient,
  searchClientAppointments,
} from './client-booking';
import { exportAppointments } from './export-appointments';
import { holdSlot } from './hold-slot';
import { getAppointment, listAppointments } from './list-appointments';
import { previewCancelPeriod } from './preview-cancel-period';
import { rescheduleAppointment } from './reschedule-appointment';

/** Appointments: hold, book, list, read, export, cancel, reschedule, confirm, check in, outcome; over `BookingDeps`. */
export const bookingUseCases = {
  book: bookAppointment,
  hold: holdSlot,
  cancel: cancelAppointment,
  reschedule: rescheduleAppointment,
  confirm: confirmAppointment,
  checkIn: checkInAppointment,
  markOutcome: markAppointmentOutcome,
  list: listAppointments,
  get: getAppointment,
  export: exportAppointments,
};

/** The clinic's cancellation of a practitioner's period (docs/domain.md rule 8) and its dry run, over `ClinicCancellationDeps`. */
export const clinicCancellationUseCases = { cancelPeriod: cancelPeriodByClinic, previewCancelPeriod };

/** Bookings of integration clients through FHIR (issue 14, item 3), over `ClientBookingDeps`. */
export const clientBookingUseCases = {
  findPatient: findClientPatient,
  book: bookForClient,
  hold: holdForClient,
  cancel: cancelForClient,
  get: getClientAppointment,
  search: searchClientAppointments,
};
