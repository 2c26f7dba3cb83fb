import type { AppointmentStatus, CancelledByKind } from './booking.types';
import type { BookingDeps } from './booking-deps';

/** An appointment as an integration client reads it (FHIR `Appointment`): the booking view, nothing medical. */
export interface ClientAppointment {
  id: string;
  status: AppointmentStatus;
  cancelledByKind: CancelledByKind | null;
  slotId: string;
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
  patientId: string;
  practitioner: { id: string; name: string };
  practitionerRoleId: string;
  locationId: string | null;
  organizationId: string;
  specialty: { code: string; name: string };
  bookedByClientId: string | null;
  /** The booking client's own identifier (`system|value`); shown to that client only. */
  clientIdentifier: string | null;
}

/** What a client's search of appointments may ask; every field narrows. */
export interface ClientAppointmentCriteria {
  ids?: readonly string[];
  /** The clinic a client of one organisation is restricted to. */
  organizationId?: string;
  patientId?: string;
  practitionerId?: string;
  practitionerRoleId?: string;
  locationId?: string;
  slotId?: string;
  statuses?: readonly AppointmentStatus[];
  startFrom?: Date;
  startBefore?: Date;
  /** The appointment a client booked under its own identifier (FHIR conditional create). */
  clientIdentifier?: { clientId: string; value: string };
}

export interface ClientAppointmentPage {
  items: ClientAppointment[];
  total: number;
}

/** The reads of client bookings; implemented in the db package. Pages in a stable order (start, then id). */
export interface ClientAppointmentReads {
  appointments(
    criteria: ClientAppointmentCriteria,
    page: { offset: number; count: number },
  ): Promise<ClientAppointmentPage>;
  /** The patient with one of these keyed hashes of a SNILS or an OMS policy number; null when none. */
  patientIdByHashes(kind: 'snils' | 'oms', hashes: readonly string[]): Promise<string | null>;
  patientExists(patientId: string): Promise<boolean>;
}

/** Booking's deps, the client reads and the keyed hashes of identifiers (the patient look-up). */
export interface ClientBookingDeps extends BookingDeps {
  clientReads: ClientAppointmentReads;
  /** The keyed hashes of a normalised identifier under the current and the previous look-up key. */
  lookupHashes(normalised: string): string[];
}
