import type { AppointmentStatus, ClientAppointment } from '@talon/core/booking';
import { FHIR_STATUS_OF, toFhirAppointment } from '@talon/core/interop';
import type { FhirResource } from '../fhir-types';

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
  return (Object.keys(FHIR_STATUS_OF) as AppointmentStatus[]).filter((s) => FHIR_STATUS_OF[s] === fhirStatus);
}

/** A visit as a FHIR Appointment: the one mapping the subscriptions' payload uses too (core `interop`). */
export const toAppointment = (appointment: ClientAppointment, clientId: string): FhirResource =>
  toFhirAppointment(appointment, clientId);

/** The patient of an Appointment Talon wrote (its first participant). */
export function appointmentPatientId(resource: FhirResource): string | null {
  const participants = (resource.participant as { actor?: { reference?: string } }[] | undefined) ?? [];
  const patient = participants.find((p) => p.actor?.reference?.startsWith('Patient/'));
  return patient?.actor?.reference?.slice('Patient/'.length) ?? null;
}
