import { buildDedupeKey, type TemplateName } from '../messaging';
import { enqueueAppointmentMessages, visitPayload } from '../notifications';
import type { BookingRepos } from './booking.ports';
import type { AppointmentView } from './booking.types';
import { formatLocalDateTime } from './local-time';

/**
 * Writes the SMS about a booking change to the outbox in the use case's transaction (DESIGN rule 22): it
 * goes out only if the change commits, once per appointment and event.
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
  if (repos.recipients) {
    // Issue 5: SMS and email, to the patient's (or representative's) account, as its preferences allow.
    await enqueueAppointmentMessages(
      { recipients: repos.recipients, outbox: repos.outbox },
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
        }),
        isRecipientAction: true,
      },
      now,
    );
    return;
  }
  const recipient = await repos.booking.contactPhone(view.patientId, bookedByAccountId);
  if (!recipient) return;
  await repos.outbox.enqueue({
    event,
    channel: 'sms',
    recipient,
    template,
    payload: {
      appointmentCode: view.code,
      at: formatLocalDateTime(view.slot.startsAt, view.slot.timeZone),
      clinic: view.organization.name,
      specialty: view.specialty.name,
      ...(view.room ? { room: view.room } : {}),
    },
    dedupeKey: buildDedupeKey({ event, eventId: view.id, channel: 'sms', recipient }),
  });
}
