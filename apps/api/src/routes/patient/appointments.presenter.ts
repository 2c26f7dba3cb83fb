import type { TAppointment } from '@talon/contracts';
import { type AppointmentReading, zonedIso } from '@talon/core/booking';
import { canReview } from '@talon/core/reviews';

/**
 * An appointment as the API answers it: times in the clinic's zone with their offset (docs/domain.md rule 10). The
 * medical fields are there only when core gave the reader the medical view (docs/domain.md rule 24).
 */
export function presentAppointment(view: AppointmentReading): TAppointment {
  return {
    id: view.id,
    patientId: view.patientId,
    status: view.status,
    code: view.code,
    ticketNumber: view.ticketNumber,
    channel: view.channel,
    visitType: view.visitType,
    specialty: view.specialty,
    slot: {
      id: view.slot.id,
      start: zonedIso(view.slot.startsAt, view.slot.timeZone),
      end: zonedIso(view.slot.endsAt, view.slot.timeZone),
      timeZone: view.slot.timeZone,
    },
    organization: view.organization,
    room: view.room,
    practitioner: view.practitioner,
    ...('reason' in view ? { reason: view.reason } : {}),
    ...('cancellationReason' in view ? { cancellationReason: view.cancellationReason } : {}),
    rescheduledToId: view.rescheduledToId,
    createdAt: view.createdAt.toISOString(),
    review: view.review
      ? {
          rating: view.review.rating,
          comment: view.review.comment,
          createdAt: view.review.createdAt.toISOString(),
        }
      : null,
    canReview: canReview(view),
  };
}
