import { buildDedupeKey, type TemplateName } from '../messaging';
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
): Promise<void> {
  const recipient = await repos.booking.contactPhone(view.patientId, bookedByAccountId);
  if (!recipient) return;
  const template: TemplateName =
    event === 'booking.confirmed'
      ? 'booking_confirmed'
      : event === 'booking.cancelled'
        ? 'booking_cancelled'
        : 'booking_rescheduled';
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
