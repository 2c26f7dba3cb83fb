import type { AccessGrant } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { auditAppointment } from './appointment-audit';
import { parseAppointmentCode } from './appointment-code';
import { appointmentFor } from './appointment-reading';
import { statusesLeadingTo } from './appointment-status';
import { BookingErrorCode } from './booking.errors';
import type { AppointmentRecord } from './booking.ports';
import type { AppointmentReading, AppointmentStatus } from './booking.types';
import { authorizeAppointment, type BookingDeps } from './booking-deps';
import { localDate } from './local-time';
import { verifyTicketPayload } from './ticket-payload';

const CHECK_IN_ROLES = new Set(['registrar', 'doctor', 'nurse']);

async function findOrFail(deps: BookingDeps, id: string): Promise<AppointmentRecord> {
  const record = await deps.store.read((repos) => repos.booking.findAppointment(id));
  if (!record) throw new DomainError(BookingErrorCode.APPOINTMENT_NOT_FOUND);
  return record;
}

/** The conditional status change with its audit entry; a status that moved on answers 409. */
async function applyStatus(
  deps: BookingDeps,
  principal: Principal,
  record: AppointmentRecord,
  to: AppointmentStatus,
  grant: AccessGrant,
  origin: RequestOrigin,
): Promise<AppointmentReading> {
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const changed = await repos.booking.setStatus(record.id, statusesLeadingTo(to), to, { at: now });
    if (!changed) {
      throw new DomainError(BookingErrorCode.APPOINTMENT_STATUS_CONFLICT, {
        params: { status: record.status },
      });
    }
    // No-shows feed rule 3a (their dates come from the appointments; the count is for the clinic's card).
    if (to === 'noshow') await repos.booking.countNoShow(record.patientId);
    await auditAppointment(repos, principal, 'appointment.status', {
      appointmentId: record.id,
      patientId: record.patientId,
      basis: grant.basis,
      origin,
      at: now,
      details: { from: record.status, to },
    });
    return appointmentFor((await repos.booking.view(record.id))!, grant.view);
  });
}

/** The practitioner of the visit, while they still work at its clinic. */
const isVisitPractitioner = (principal: Principal, record: AppointmentRecord) =>
  principal.practitionerId === record.practitionerId &&
  principal.roles.some(
    (g) => (g.role === 'doctor' || g.role === 'nurse') && g.organizationId === record.organizationId,
  );

/** The patient (or their representative) confirms they will come: booked → confirmed. */
export async function confirmAppointment(
  deps: BookingDeps,
  principal: Principal,
  input: { appointmentId: string; origin: RequestOrigin },
): Promise<AppointmentReading> {
  const record = await findOrFail(deps, input.appointmentId);
  const grant = await authorizeAppointment(deps, principal, record, 'book', input.origin);
  if (record.status !== 'booked' || record.startsAt.getTime() <= deps.clock.now().getTime()) {
    throw new DomainError(BookingErrorCode.APPOINTMENT_STATUS_CONFLICT, {
      params: { status: record.status },
    });
  }
  return applyStatus(deps, principal, record, 'confirmed', grant, input.origin);
}

/**
 * Check-in at the clinic (issue item 5): staff of the visit's clinic submit the ticket's QR payload; a
 * genuine one for a booked or confirmed visit makes it `arrived`. Staff of another clinic learn nothing.
 */
/**
 * The visit a check-in names: the ticket's signed QR payload, or the ticket's human code typed at the desk
 * when the camera cannot read it (issue 13). A code is as good as the printed ticket it is read from; the
 * clinic and the day are checked the same way after.
 */
async function checkInTarget(
  deps: BookingDeps,
  input: { payload?: string | undefined; code?: string | undefined },
): Promise<string> {
  if (input.payload) {
    const now = deps.clock.now();
    const id =
      verifyTicketPayload(input.payload, deps.ticketKey, now) ??
      (deps.previousTicketKey ? verifyTicketPayload(input.payload, deps.previousTicketKey, now) : null);
    if (!id) throw new DomainError(BookingErrorCode.TICKET_INVALID, { field: 'body.payload' });
    return id;
  }
  const code = input.code ? parseAppointmentCode(input.code) : null;
  if (!code) throw new DomainError(BookingErrorCode.TICKET_CODE_INVALID, { field: 'body.code' });
  const id = await deps.store.read((repos) => repos.booking.findAppointmentIdByCode(code));
  if (!id) throw new DomainError(BookingErrorCode.APPOINTMENT_NOT_FOUND);
  return id;
}

export async function checkInAppointment(
  deps: BookingDeps,
  principal: Principal,
  input: { payload?: string | undefined; code?: string | undefined; origin: RequestOrigin },
): Promise<AppointmentReading> {
  const record = await findOrFail(deps, await checkInTarget(deps, input));
  const isClinicStaff = principal.roles.some(
    (g) => CHECK_IN_ROLES.has(g.role) && g.organizationId === record.organizationId,
  );
  if (!isClinicStaff) throw new DomainError(BookingErrorCode.APPOINTMENT_NOT_FOUND);
  const now = deps.clock.now();
  if (localDate(now, record.timeZone) !== localDate(record.startsAt, record.timeZone)) {
    throw new DomainError(BookingErrorCode.CHECK_IN_NOT_TODAY);
  }
  // The desk sees the booking view; the practitioner of the visit the whole of it (rule 24).
  const isDesk = principal.roles.some(
    (g) => g.role === 'registrar' && g.organizationId === record.organizationId,
  );
  const grant: AccessGrant = isVisitPractitioner(principal, record)
    ? { basis: 'care', view: 'medical' }
    : { basis: isDesk ? 'registry' : 'care', view: 'booking' };
  return applyStatus(deps, principal, record, 'arrived', grant, input.origin);
}

/**
 * The practitioner of the visit marks it fulfilled, or a no-show once it has started (rule 3a). Another
 * practitioner learns nothing.
 */
export async function markAppointmentOutcome(
  deps: BookingDeps,
  principal: Principal,
  input: {
    appointmentId: string;
    outcome: 'fulfilled' | 'noshow';
    origin: RequestOrigin;
    /** The doctor's cabinet (issue 12 item 2): neither outcome before the visit's start. */
    requireStarted?: boolean;
  },
): Promise<AppointmentReading> {
  const record = await findOrFail(deps, input.appointmentId);
  if (!isVisitPractitioner(principal, record)) {
    throw new DomainError(BookingErrorCode.APPOINTMENT_NOT_FOUND);
  }
  if (input.requireStarted && record.startsAt.getTime() > deps.clock.now().getTime()) {
    throw new DomainError(BookingErrorCode.VISIT_NOT_STARTED);
  }
  if (input.outcome === 'noshow' && record.startsAt.getTime() > deps.clock.now().getTime()) {
    throw new DomainError(BookingErrorCode.APPOINTMENT_STATUS_CONFLICT, {
      params: { status: record.status },
    });
  }
  return applyStatus(
    deps,
    principal,
    record,
    input.outcome,
    { basis: 'care', view: 'medical' },
    input.origin,
  );
}
