import type { TemplateName } from '../messaging';
import { enqueueAppointmentMessages, visitPayload } from '../notifications';
import type { BookingRepos } from './booking.ports';
import type { AppointmentView } from './booking.types';

/**
 * Writes the messages about a booking change to the outbox in the use case's transaction (docs/domain.md rule 22):
 * they go out only if the change commits, once per appointment, event and channel.
 */
export async function enqueueBookingMessage(
  repos: BookingRepos,
  view: AppointmentView,
  event: 'booking.confirmed' | 'booking.cancelled' | 'booking.rescheduled',
  bookedByAccountId: string | null,
  now: Date | null = null,
): Promise<void> {
  const template: TemplateName =
    event === 'booking.confirmed'
      ? 'booking_confirmed'
      : event === 'booking.cancelled'
        ? 'booking_cancelled'
        : 'booking_rescheduled';
  // To the patient's (or representative's) account, on the channels its preferences allow.
  await enqueueAppointmentMessages(
    repos,
    {
      event,
      template,
      appointmentId: view.id,
      patientId: view.patientId,
      bookedByAccountId,
      timeZone: view.slot.timeZone,
      payload: visitPayload({
        appointmentId: view.id,
        code: view.code,
        startsAt: view.slot.startsAt,
        timeZone: view.slot.timeZone,
        clinicName: view.organization.name,
        clinicAddress: view.organization.address,
        room: view.room,
        specialtyName: view.specialty.name,
        visitType: view.visitType,
      }),
      isRecipientAction: true,
    },
    now,
  );
}
