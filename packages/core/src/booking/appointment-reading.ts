import type { RecordView } from '../access';
import type { AppointmentReading, AppointmentView } from './booking.types';

/**
 * A visit in the view the reader is entitled to (docs/domain.md rule 24): all of it for a medical reader,
 * without the reason and the cancellation reason for the booking view of registrars, call centres,
 * booking-consent proxies and parents a young person has not let in. Decided here, not by the routes.
 */
export function appointmentFor(appointment: AppointmentView, view: RecordView): AppointmentReading {
  if (view === 'medical') return appointment;
  const { reason: _reason, cancellationReason: _cancellationReason, ...booking } = appointment;
  return booking;
}
