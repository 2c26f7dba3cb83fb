import type { AppointmentStatus, ClientAppointment } from '@talon/core/booking';
import type { FhirResource } from '../fhir-types';
import { reference } from '../fhir-types';
import { specialtyConcept } from './directory.mapper';

/** FHIR's appointment statuses Talon's statuses become (the cancelled ones and a moved visit: `cancelled`). */
const FHIR_STATUS: Record<AppointmentStatus, string> = {
  booked: 'booked',
  confirmed: 'booked',
  arrived: 'arrived',
  fulfilled: 'fulfilled',
  cancelled_by_patient: 'cancelled',
  cancelled_by_clinic: 'cancelled',
  rescheduled: 'cancelled',
  noshow: 'noshow',
};

/** The FHIR statuses a search may ask for, with Talon's statuses each stands for (the rest match nothing). */
export const FHIR_APPOINTMENT_STATUSES = [
  'proposed',
  'pending',
  'booked',
  'arrived',
  'fulfilled',
  'cancelled',
  'noshow',
  'entered-in-error',
  'checked-in',
  'waitlist',
] as const;

export function talonStatusesOf(fhirStatus: string): AppointmentStatus[] {
  return (Object.keys(FHIR_STATUS) as AppointmentStatus[]).filter((s) => FHIR_STATUS[s] === fhirStatus);
}

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

/**
 * A visit as a FHIR Appointment: its slot, times (UTC instants), specialty and participants — the patient,
 * the practitioner role, the practitioner and the room. The client's own identifier is shown to that client.
 */
export function toAppointment(appointment: ClientAppointment, clientId: string): FhirResource {
  const [system, value] = (appointment.clientIdentifier ?? '').split('|');
  const ownIdentifier = appointment.bookedByClientId === clientId && system && value;
  const reason = cancelationReason(appointment);
  return {
    resourceType: 'Appointment',
    id: appointment.id,
    ...(ownIdentifier ? { identifier: [{ system, value }] } : {}),
    status: FHIR_STATUS[appointment.status],
    ...(reason ? { cancelationReason: reason } : {}),
    serviceType: [specialtyConcept(appointment.specialty)],
    start: appointment.startsAt.toISOString(),
    end: appointment.endsAt.toISOString(),
    created: appointment.createdAt.toISOString(),
    slot: [reference('Slot', appointment.slotId)],
    participant: [
      { actor: reference('Patient', appointment.patientId), status: 'accepted' },
      { actor: reference('PractitionerRole', appointment.practitionerRoleId), status: 'accepted' },
      {
        actor: reference('Practitioner', appointment.practitioner.id, appointment.practitioner.name),
        status: 'accepted',
      },
      ...(appointment.locationId
        ? [{ actor: reference('Location', appointment.locationId), status: 'accepted' }]
        : []),
    ],
  };
}

/** The patient of an Appointment Talon wrote (its first participant). */
export function appointmentPatientId(resource: FhirResource): string | null {
  const participants = (resource.participant as { actor?: { reference?: string } }[] | undefined) ?? [];
  const patient = participants.find((p) => p.actor?.reference?.startsWith('Patient/'));
  return patient?.actor?.reference?.slice('Patient/'.length) ?? null;
}
