// The machine interfaces' read models and port (issue 14): FHIR R4 reads of the directory, the slots, patients and their record.

export {
  FHIR_SPECIALTY_SYSTEM,
  FHIR_STATUS_OF,
  type FhirAppointmentJson,
  fhirSpecialtyConcept,
  toFhirAppointment,
} from './fhir-appointment';
export type { InteropReads } from './interop.repository';
export type * from './interop.types';
export { INTEROP_SLOT_STATUSES } from './interop.types';
