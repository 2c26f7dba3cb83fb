import type { FhirResourceHandler } from './fhir-resource-handler';
import { appointmentResource } from './resources/appointment.resources';
import {
  locationResource,
  organizationResource,
  practitionerResource,
  practitionerRoleResource,
} from './resources/directory.resources';
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
];
