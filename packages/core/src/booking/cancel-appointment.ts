import type { AccessBasis } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { auditAppointment } from './appointment-audit';
import { appointmentFor } from './appointment-reading';
import { canTransition } from './appointment-status';
import { BookingErrorCode } from './booking.errors';
import type { AppointmentRecord, BookingRepos } from './booking.ports';
import type { AppointmentReading, AppointmentView, CancelledByKind } from './booking.types';
import { authorizeAppointment, type BookingDeps } from './booking-deps';
import { enqueueBookingMessage } from './booking-messages';
import { isInsideCancellationWindow, normalizeReason } from './cancellation';

/**
 * Who cancels, from the caller's access to the patient. Staff cancelling one visit here (the registry, on
 * a phone call) act on the patient's behalf: `registry`; the clinic's own cancellations go through
 * `cancelPeriodByClinic`.
 */
export function cancelledByKindOf(basis: AccessBasis): Exclude<CancelledByKind, 'clinic'> {
  if (basis === 'self') return 'patient';
  if (basis === 'representative' || basis === 'booking_consent') return 'representative';
  return 'registry';
}

/**
 * Cancels a visit for the patient (rule 6): free until the clinic's cancellation window (24 h) before it,
 * later only with a reason. The slot is free for others at once, the referral usable again, and the
 * patient gets an SMS. A registrar cancelling for a patient who phoned counts as the patient's cancellation.
 */
export async function cancelAppointment(
  deps: BookingDeps,
  principal: Principal,
  input: { appointmentId: string; reason?: string; origin: RequestOrigin },
): Promise<AppointmentReading> {
  const now = deps.clock.now();
  const record = await deps.store.read((repos) => repos.booking.findAppointment(input.appointmentId));
  if (!record) throw new DomainError(BookingErrorCode.APPOINTMENT_NOT_FOUND);
  const { basis, view: readerView } = await authorizeAppointment(
    deps,
    principal,
    record,
    'book',
    input.origin,
  );
  return cancelRecord(deps, record, {
    reason: input.reason,
    cancelledByKind: cancelledByKindOf(basis),
    accountId: principal.accountId,
    audit: (repos, reason) =>
      auditAppointment(repos, principal, 'appointment.cancel', {
        appointmentId: record.id,
        patientId: record.patientId,
        basis,
        origin: input.origin,
        at: now,
        reason,
        details: { slotId: record.slotId },
      }),
  }).then((view) => appointmentFor(view, readerView));
}

/**
 * The cancellation itself, once the caller may cancel (the patient's side, a FHIR client): the status
 * allows it and the visit has not begun, a reason inside the window, then one transaction — the
 * conditional status change, the slot free for others at once (the waitlist hears), the referral usable
 * again, the message and the caller's audit entry.
 */
export async function cancelRecord(
  deps: BookingDeps,
  record: AppointmentRecord,
  change: {
    reason: string | undefined;
    cancelledByKind: Exclude<CancelledByKind, 'clinic'>;
    accountId: string | null;
    audit: (repos: BookingRepos, reason: string | null) => Promise<void>;
  },
): Promise<AppointmentView> {
  const now = deps.clock.now();
  if (!canTransition(record.status, 'cancelled_by_patient') || record.startsAt.getTime() <= now.getTime()) {
    throw new DomainError(BookingErrorCode.APPOINTMENT_STATUS_CONFLICT, {
      params: { status: record.status },
    });
  }
  const reason = normalizeReason(change.reason);
  if (!reason && isInsideCancellationWindow(record.startsAt, now, record.cancellationWindowHours)) {
    throw new DomainError(BookingErrorCode.CANCELLATION_REASON_REQUIRED, {
      field: 'body.reason',
      params: { hours: record.cancellationWindowHours },
    });
  }
  return deps.store.transaction(async (repos) => {
    const changed = await repos.booking.setStatus(
      record.id,
      ['booked', 'confirmed'],
      'cancelled_by_patient',
      { at: now, cancellationReason: reason, cancelledByKind: change.cancelledByKind },
    );
    if (!changed) {
      throw new DomainError(BookingErrorCode.APPOINTMENT_STATUS_CONFLICT, { params: { status: 'changed' } });
    }
    await repos.booking.releaseSlot(record.slotId, now);
    await repos.slotEvents?.slotFreed(record.slotId, now, record.patientId);
    await repos.booking.releaseReferral(record.id);
    const view = (await repos.booking.view(record.id))!;
    await enqueueBookingMessage(repos, view, 'booking.cancelled', change.accountId);
    await change.audit(repos, reason);
    return view;
  });
}
