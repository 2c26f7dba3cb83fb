import {
  type AccessBasis,
  type AccessDeps,
  AccessErrorCode,
  type AccessGrant,
  authorizePatientAccess,
  clinicianOrganizations,
  type RecordView,
  registryChannelFor,
  registryScopeOf,
} from '../access';
import type { Principal, RequestOrigin } from '../identity';
import type { Clock } from '../shared';
import { DomainError, isDomainError } from '../shared';
import { BookingErrorCode } from './booking.errors';
import type { BookingStore } from './booking.ports';
import type { BookedByKind, BookingChannel, BookingPolicy, SlotFacts } from './booking.types';

/** What every booking use case receives. */
export interface BookingDeps {
  store: BookingStore;
  /** The access policy: booking for someone else goes through `authorizePatient` (docs/domain.md rule 16). */
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
  /** How much of the visit the booker sees in the answer (docs/domain.md rule 24). */
  view: RecordView;
  /** Patients whose holds this caller may book: the patient and the caller's own record. */
  holderIds: string[];
  /** The front desk of the slot's own clinic: it may override a rule with a reason (rule 5a). */
  isRegistrar: boolean;
}

const isNotFound = (error: unknown) =>
  isDomainError(error) && error.code === AccessErrorCode.PATIENT_NOT_FOUND;

/**
 * The actor of an allowed booking: the registry's channel at its clinic, the doctor's channel for a
 * practitioner booking a patient in care (a follow-up visit), the internet for the others.
 */
function actorFor(
  principal: Principal,
  patientId: string,
  grant: AccessGrant,
  organizationId: string | null,
): BookingActor {
  const own = principal.patientId;
  const holderIds = [patientId, ...(own && own !== patientId ? [own] : [])];
  const { basis, view } = grant;
  if (basis === 'registry') {
    const channel = organizationId ? registryChannelFor(principal, organizationId) : 'registry';
    return {
      patientId,
      channel,
      bookedByKind: 'registrar',
      basis,
      view,
      holderIds,
      isRegistrar: channel === 'registry',
    };
  }
  if (basis === 'care') {
    return {
      patientId,
      channel: 'doctor',
      bookedByKind: 'practitioner',
      basis,
      view,
      holderIds,
      isRegistrar: false,
    };
  }
  const bookedByKind: BookedByKind = basis === 'self' ? 'patient' : 'representative';
  return { patientId, channel: 'internet', bookedByKind, basis, view, holderIds, isRegistrar: false };
}

/**
 * Resolves the patient a booking is for, at the clinic of the slot (`organizationId`, when the slot
 * exists). A patient books for themself, a ward (parent, guardian) or an adult who consented; anyone else
 * is CONSENT_REQUIRED, whether or not the person exists (nothing leaks). The registry books any patient,
 * but only into the slots of the clinics it works for (issue 13): another clinic's slot is "not found".
 * A doctor or nurse books a patient in their care (rule 16) on the channel `doctor` into the slots of the
 * clinics they work at — their own or a colleague's (issue 12); without a care relation the answer is
 * 404 as for an unknown person, with the policy's `access.denied` entry.
 */
export async function resolveBookingActor(
  deps: BookingDeps,
  principal: Principal,
  requestedPatientId: string | undefined,
  origin: RequestOrigin,
  organizationId: string | null = null,
): Promise<BookingActor> {
  const isRegistry = registryScopeOf(principal) !== null;
  const isClinician = clinicianOrganizations(principal).length > 0;
  const target = requestedPatientId ?? principal.patientId;
  if (!target) {
    throw new DomainError(BookingErrorCode.PATIENT_REQUIRED, {
      field: isRegistry ? 'body.patientId' : undefined,
    });
  }
  if (target === principal.patientId && !requestedPatientId) {
    return actorFor(principal, target, { basis: 'self', view: 'medical' }, organizationId);
  }
  let grant: AccessGrant;
  try {
    grant = await authorizePatientAccess(deps.access, principal, target, 'book', origin);
  } catch (error) {
    if (isNotFound(error) && !isRegistry && !isClinician) {
      throw new DomainError(BookingErrorCode.CONSENT_REQUIRED, {
        field: 'body.patientId',
        params: { scope: 'booking' },
      });
    }
    throw error;
  }
  if (grant.basis === 'registry' && organizationId) {
    // The person may be booked; the clinic of the slot decides whether this front desk may do it.
    try {
      grant = await authorizePatientAccess(deps.access, principal, target, 'book', origin, {
        organizationId,
      });
    } catch (error) {
      if (isNotFound(error)) throw new DomainError(BookingErrorCode.SLOT_NOT_FOUND, { field: 'body.slotId' });
      throw error;
    }
  }
  if (
    grant.basis === 'care' &&
    organizationId &&
    !clinicianOrganizations(principal).includes(organizationId)
  ) {
    // A follow-up is booked at the practitioner's own clinics only; another clinic's slot is not theirs.
    throw new DomainError(BookingErrorCode.SLOT_NOT_FOUND, { field: 'body.slotId' });
  }
  return actorFor(principal, target, grant, organizationId);
}

/**
 * May the caller act on this appointment? Its patient under the access policy (`purpose`) at the
 * appointment's clinic, or — for reads — the practitioner of the visit while they still work at that
 * clinic. A refusal is "not found", exactly like a missing appointment.
 */
export async function authorizeAppointment(
  deps: BookingDeps,
  principal: Principal,
  appointment: { patientId: string; practitionerId: string; organizationId: string },
  purpose: 'read' | 'book',
  origin: RequestOrigin,
): Promise<AccessGrant> {
  const isVisitPractitioner =
    principal.practitionerId === appointment.practitionerId &&
    principal.roles.some(
      (g) => (g.role === 'doctor' || g.role === 'nurse') && g.organizationId === appointment.organizationId,
    );
  if (purpose === 'read' && isVisitPractitioner) return { basis: 'care', view: 'medical' };
  try {
    return await authorizePatientAccess(deps.access, principal, appointment.patientId, purpose, origin, {
      organizationId: appointment.organizationId,
    });
  } catch (error) {
    if (isNotFound(error)) throw new DomainError(BookingErrorCode.APPOINTMENT_NOT_FOUND);
    throw error;
  }
}

/**
 * The slot asked for (null when there is none, which `precheckSlot` refuses) and who books it for whom,
 * resolved at the slot's clinic.
 */
export async function findSlotAndActor(
  deps: BookingDeps,
  principal: Principal,
  request: { slotId: string; patientId?: string | undefined; origin: RequestOrigin },
): Promise<{ slot: SlotFacts | null; actor: BookingActor }> {
  const slot = await deps.store.read((repos) => repos.booking.findSlot(request.slotId));
  const actor = await resolveBookingActor(
    deps,
    principal,
    request.patientId,
    request.origin,
    slot?.organizationId ?? null,
  );
  return { slot, actor };
}
