import type { InteropPractitionerRole, InteropSlot } from '@talon/core/interop';
import type { FhirResource } from '../fhir-types';
import { reference } from '../fhir-types';
import { specialtyConcept } from './directory.mapper';

/**
 * A practitioner role's Schedule: Talon keeps one timetable per role (its weekly templates are how the slots
 * are made, not what a client books against), so the Schedule has the role's id (docs/fhir.md).
 */
export function toSchedule(role: InteropPractitionerRole): FhirResource {
  return {
    resourceType: 'Schedule',
    id: role.id,
    // A regional MIS's identifier of the Schedule it pushed (docs/fhir.md «Schedules from a regional MIS»).
    ...(role.external ? { identifier: [{ system: role.external.system, value: role.external.value }] } : {}),
    active: role.active && (role.external?.active ?? true),
    serviceType: [specialtyConcept(role.specialty)],
    actor: [
      reference('PractitionerRole', role.id, `${role.practitioner.name}, ${role.specialty.name}`),
      reference('Practitioner', role.practitioner.id, role.practitioner.name),
      ...(role.locationId ? [reference('Location', role.locationId)] : []),
    ],
    comment: `${role.specialty.name}: ${role.practitioner.name}, ${role.organization.name}`,
  };
}

/** A slot (талон) of its role's Schedule; times as UTC instants. */
export function toSlot(slot: InteropSlot): FhirResource {
  return {
    resourceType: 'Slot',
    id: slot.id,
    ...(slot.external ? { identifier: [{ system: slot.external.system, value: slot.external.value }] } : {}),
    serviceType: [specialtyConcept(slot.specialty)],
    schedule: reference('Schedule', slot.practitionerRoleId),
    status: slot.status,
    start: slot.startsAt.toISOString(),
    end: slot.endsAt.toISOString(),
  };
}
