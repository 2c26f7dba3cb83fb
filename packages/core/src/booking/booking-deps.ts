import { type AccessBasis, type AccessDeps, AccessErrorCode, authorizePatient } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import type { Clock } from '../shared';
import { DomainError, isDomainError } from '../shared';
import { BookingErrorCode } from './booking.errors';
import type { BookingStore } from './booking.ports';
import type { BookedByKind, BookingChannel, BookingPolicy } from './booking.types';

/** What every booking use case receives. */
export interface BookingDeps {
  store: BookingStore;
  /** The access policy: booking for someone else goes through `authorizePatient` (DESIGN rule 16). */
  access: AccessDeps;
  clock: Clock;
  policy: BookingPolicy;
  /** HMAC key of the ticket QR payload (`signTicketPayload`). */
  ticketKey: Uint8Array;
  /** The QR key of the look-up key being replaced (TALON_LOOKUP_KEY_PREVIOUS): tickets printed before it. */
  previousTicketKey?: Uint8Array | null;
}

/** Who a booking is made for and how: the patient, the channel and the kind of booker. */
export interface BookingActor {
  patientId: string;
  channel: BookingChannel;
  bookedByKind: BookedByKind;
  basis: AccessBasis;
  /** Patients whose holds this caller may book: the patient and the caller's own record. */
  holderIds: string[];
  isRegistrar: boolean;
}

const hasRole = (principal: Principal, role: string) => principal.roles.some((g) => g.role === role);

/**
 * Resolves the patient a booking is for. A patient books for themself, a ward (parent, guardian) or an
 * adult who consented; anyone else is CONSENT_REQUIRED, whether or not the person exists (nothing leaks).
 * A registrar books any patient through the registry channel.
 */
export async function resolveBookingActor(
  deps: BookingDeps,
  principal: Principal,
  requestedPatientId: string | undefined,
  origin: RequestOrigin,
): Promise<BookingActor> {
  const isRegistrar = hasRole(principal, 'registrar');
  const target = requestedPatientId ?? principal.patientId;
  if (!target) {
    throw new DomainError(BookingErrorCode.PATIENT_REQUIRED, {
      field: isRegistrar ? 'body.patientId' : undefined,
    });
  }
  const own = principal.patientId;
  const holderIds = [target, ...(own && own !== target ? [own] : [])];
  if (target === own && !requestedPatientId) {
    return {
      patientId: target,
      channel: 'internet',
      bookedByKind: 'patient',
      basis: 'self',
      holderIds,
      isRegistrar: false,
    };
  }
  let basis: AccessBasis;
  try {
    basis = await authorizePatient(deps.access, principal, target, 'book', origin);
  } catch (error) {
    if (isDomainError(error) && error.code === AccessErrorCode.PATIENT_NOT_FOUND && !isRegistrar) {
      throw new DomainError(BookingErrorCode.CONSENT_REQUIRED, {
        field: 'body.patientId',
        params: { scope: 'booking' },
      });
    }
    throw error;
  }
  if (basis === 'registry') {
    return {
      patientId: target,
      channel: 'registry',
      bookedByKind: 'registrar',
      basis,
      holderIds,
      isRegistrar: true,
    };
  }
  const bookedByKind: BookedByKind = basis === 'self' ? 'patient' : 'representative';
  return { patientId: target, channel: 'internet', bookedByKind, basis, holderIds, isRegistrar: false };
}

/**
 * May the caller act on this appointment? Its patient under the access policy (`purpose`), or — for reads —
 * the practitioner of the visit. A refusal is "not found", exactly like a missing appointment.
 */
export async function authorizeAppointment(
  deps: BookingDeps,
  principal: Principal,
  appointment: { patientId: string; practitionerId: string },
  purpose: 'read' | 'book',
  origin: RequestOrigin,
): Promise<AccessBasis> {
  if (
    purpose === 'read' &&
    principal.practitionerId &&
    principal.practitionerId === appointment.practitionerId
  ) {
    return 'care';
  }
  try {
    return await authorizePatient(deps.access, principal, appointment.patientId, purpose, origin);
  } catch (error) {
    if (isDomainError(error) && error.code === AccessErrorCode.PATIENT_NOT_FOUND) {
      throw new DomainError(BookingErrorCode.APPOINTMENT_NOT_FOUND);
    }
    throw error;
  }
}

/** The booking actor for an appointment the caller was already authorised on (reschedule). */
export function actorForBasis(principal: Principal, patientId: string, basis: AccessBasis): BookingActor {
  const own = principal.patientId;
  const holderIds = [patientId, ...(own && own !== patientId ? [own] : [])];
  if (basis === 'registry') {
    return { patientId, channel: 'registry', bookedByKind: 'registrar', basis, holderIds, isRegistrar: true };
  }
  const bookedByKind: BookedByKind = basis === 'self' ? 'patient' : 'representative';
  return { patientId, channel: 'internet', bookedByKind, basis, holderIds, isRegistrar: false };
}
