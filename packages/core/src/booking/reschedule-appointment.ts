import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { auditAppointment } from './appointment-audit';
import { appointmentFor } from './appointment-reading';
import { canTransition } from './appointment-status';
import { BookingErrorCode } from './booking.errors';
import type { AppointmentReading } from './booking.types';
import { authorizeAppointment, type BookingDeps, findSlotAndActor } from './booking-deps';
import { enqueueBookingMessage } from './booking-messages';
import { isWithinRescheduleWindow } from './cancellation';
import { placeAppointment } from './place-appointment';
import { inSlotTransaction } from './slot-taken';

/**
 * Moves a visit to another slot of the same specialty within 30 days of the original date, atomically
 * (docs/domain.md rule 7): in one transaction the new slot is booked (the same conditional UPDATE and guarded
 * INSERT as a booking), then the old appointment becomes `rescheduled` (linked to its successor) and its
 * slot is freed. Any failure rolls back both halves: the original appointment stays as it was.
 */
export async function rescheduleAppointment(
  deps: BookingDeps,
  principal: Principal,
  input: { appointmentId: string; slotId: string; origin: RequestOrigin },
): Promise<AppointmentReading> {
  const now = deps.clock.now();
  const record = await deps.store.read((repos) => repos.booking.findAppointment(input.appointmentId));
  if (!record) throw new DomainError(BookingErrorCode.APPOINTMENT_NOT_FOUND);
  const { basis } = await authorizeAppointment(deps, principal, record, 'book', input.origin);
  if (!canTransition(record.status, 'rescheduled') || record.startsAt.getTime() <= now.getTime()) {
    throw new DomainError(BookingErrorCode.APPOINTMENT_STATUS_CONFLICT, {
      params: { status: record.status },
    });
  }
  // The new slot's clinic decides too: the registry moves a visit only into the slots of its clinics.
  const { slot, actor } = await findSlotAndActor(deps, principal, {
    slotId: input.slotId,
    patientId: record.patientId,
    origin: input.origin,
  });
  if (slot && slot.specialtyCode !== record.specialtyCode) {
    throw new DomainError(BookingErrorCode.RESCHEDULE_OTHER_SPECIALTY, { field: 'body.slotId' });
  }
  if (slot && !isWithinRescheduleWindow(record.startsAt, slot.startsAt, deps.policy.rescheduleWindowDays)) {
    throw new DomainError(BookingErrorCode.RESCHEDULE_WINDOW, {
      field: 'body.slotId',
      params: { days: deps.policy.rescheduleWindowDays },
    });
  }
  const claim = { slot, actor, now, canOverride: false, numbersTicket: true };
  return inSlotTransaction(deps.store, claim, async (repos, slot, ticketSequence) => {
    const placed = await placeAppointment(repos, deps, {
      slot,
      actor,
      ticketSequence,
      accountId: principal.accountId,
      now,
      referralId: null,
      reason: null,
      overrideReason: null,
      moving: { id: record.id, referralId: record.referralId },
    });
    const moved = await repos.booking.setStatus(record.id, ['booked', 'confirmed'], 'rescheduled', {
      at: now,
      rescheduledToId: placed.id,
    });
    if (!moved) {
      throw new DomainError(BookingErrorCode.APPOINTMENT_STATUS_CONFLICT, {
        params: { status: 'changed' },
      });
    }
    await repos.booking.releaseSlot(record.slotId, now);
    await repos.slotEvents?.slotFreed(record.slotId, now, record.patientId);
    const view = (await repos.booking.view(placed.id))!;
    await enqueueBookingMessage(repos, view, 'booking.rescheduled', principal.accountId);
    await auditAppointment(repos, principal, 'appointment.reschedule', {
      appointmentId: placed.id,
      patientId: record.patientId,
      basis,
      origin: input.origin,
      at: now,
      details: { from: record.id, fromSlotId: record.slotId, toSlotId: slot.id },
    });
    return appointmentFor(view, actor.view);
  });
}
