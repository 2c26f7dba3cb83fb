import type { AppointmentStatus, ClientAppointment } from '../booking';

/**
 * A visit as a FHIR R4 `Appointment` (docs/fhir.md «Booking over FHIR»): the one mapping both the API
 * (`GET /fhir/R4/Appointment/{id}`) and the worker (a Subscription's `application/fhir+json` payload) use,
 * so a notification's body is the resource a read would return at send time. Pure JSON, no FHIR library.
 */
export type FhirAppointmentJson = { resourceType: 'Appointment'; id: string; [element: string]: unknown };

/** Talon's specialty codes (`GET /api/v1/specialties`), with their Russian names as the display. */
export const FHIR_SPECIALTY_SYSTEM = 'urn:talon:fhir:CodeSystem:specialty';

/** A Talon specialty as a FHIR concept: Talon's code, the Russian name as display and text. */
export const fhirSpecialtyConcept = (specialty: { code: string; name: string }) => ({
  coding: [{ system: FHIR_SPECIALTY_SYSTEM, code: specialty.code, display: specialty.name }],
  text: specialty.name,
});

/** FHIR's appointment statuses Talon's statuses become (the cancelled ones and a moved visit: `cancelled`). */
export const FHIR_STATUS_OF: Readonly<Record<AppointmentStatus, string>> = {
  booked: 'booked',
  confirmed: 'booked',
  arrived: 'arrived',
  fulfilled: 'fulfilled',
  cancelled_by_patient: 'cancelled',
  cancelled_by_clinic: 'cancelled',
  rescheduled: 'cancelled',
  noshow: 'noshow',
};

const CANCELLATION_REASON = 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason';

/** Who cancelled, coded (never the typed reason, which belongs to the medical view: docs/domain.md rule 24). */
function cancelationReason(appointment: ClientAppointment) {
  if (appointment.status === 'rescheduled') return { text: 'Приём перенесён на другое время' };
  if (!appointment.cancelledByKind) return undefined;
  const byClinic = appointment.cancelledByKind === 'clinic';
  return {
    coding: [
      {
        system: CANCELLATION_REASON,
        code: byClinic ? 'prov' : 'pat',
        display: byClinic ? 'Provider' : 'Patient',
      },
    ],
    text: byClinic ? 'Отменено поликлиникой' : 'Отменено по просьбе пациента',
  };
}

const ref = (type: string, id: string, display?: string) =>
  display === undefined ? { reference: `${type}/${id}` } : { reference: `${type}/${id}`, display };

/**
 * A visit as a FHIR Appointment: its slot, times (UTC instants), specialty and participants — the patient,
 * the practitioner role, the practitioner and the room. The client's own identifier is shown to that client.
 */
export function toFhirAppointment(appointment: ClientAppointment, clientId: string): FhirAppointmentJson {
  const [system, value] = (appointment.clientIdentifier ?? '').split('|');
  const ownIdentifier = appointment.bookedByClientId === clientId && system && value;
  const reason = cancelationReason(appointment);
  return {
    resourceType: 'Appointment',
    id: appointment.id,
    ...(ownIdentifier ? { identifier: [{ system, value }] } : {}),
    status: FHIR_STATUS_OF[appointment.status],
    ...(reason ? { cancelationReason: reason } : {}),
    serviceType: [fhirSpecialtyConcept(appointment.specialty)],
    start: appointment.startsAt.toISOString(),
    end: appointment.endsAt.toISOString(),
    created: appointment.createdAt.toISOString(),
    slot: [ref('Slot', appointment.slotId)],
    participant: [
      { actor: ref('Patient', appointment.patientId), status: 'accepted' },
      { actor: ref('PractitionerRole', appointment.practitionerRoleId), status: 'accepted' },
      {
        actor: ref('Practitioner', appointment.practitioner.id, appointment.practitioner.name),
        status: 'accepted',
      },
      ...(appointment.locationId
        ? [{ actor: ref('Location', appointment.locationId), status: 'accepted' }]
        : []),
    ],
  };
}
