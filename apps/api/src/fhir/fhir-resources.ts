import type { FhirResourceHandler } from './fhir-resource-handler';
import { appointmentResource } from './resources/appointment.resources';
import {
  locationResource,
  organizationResource,
  practitionerResource,
  practitionerRoleResource,
} from './resources/directory.resources';
import { coverageResource, healthcareServiceResource, patientResource } from './resources/patient.resources';
import {
  conditionResource,
  diagnosticReportResource,
  documentReferenceResource,
  encounterResource,
  immunizationResource,
  medicationRequestResource,
  observationResource,
} from './resources/record.resources';
import { scheduleResource, slotResource } from './resources/scheduling.resources';

/** Every resource type the FHIR interface serves: its routes and its CapabilityStatement come from here. */
export const FHIR_RESOURCES: readonly FhirResourceHandler[] = [
  organizationResource,
  locationResource,
  practitionerResource,
  practitionerRoleResource,
  scheduleResource,
  slotResource,
  appointmentResource,
  healthcareServiceResource,
  patientResource,
  coverageResource,
  encounterResource,
  conditionResource,
  observationResource,
  diagnosticReportResource,
  documentReferenceResource,
  medicationRequestResource,
  immunizationResource,
];
