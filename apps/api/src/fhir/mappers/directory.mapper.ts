import type {
  InteropLocation,
  InteropOrganization,
  InteropPractitioner,
  InteropPractitionerRole,
} from '@talon/core/interop';
import { fhirSpecialtyConcept } from '@talon/core/interop';
import type { CodeableConcept, FhirResource } from '../fhir-types';
import { reference } from '../fhir-types';
import { CodeSystem, IdentifierSystem } from '../identifier-systems';

/** A Talon specialty as a FHIR concept: Talon's code, the Russian name as display and text. */
export const specialtyConcept = (specialty: { code: string; name: string }): CodeableConcept =>
  fhirSpecialtyConcept(specialty);

/** A clinic → Organization: the registry code as its identifier, the short name as an alias. */
export function toOrganization(row: InteropOrganization): FhirResource {
  const telecom = [
    ...(row.phone ? [{ system: 'phone', value: row.phone, use: 'work' }] : []),
    ...(row.website ? [{ system: 'url', value: row.website, use: 'work' }] : []),
  ];
  return {
    resourceType: 'Organization',
    id: row.id,
    identifier: [{ use: 'official', system: IdentifierSystem.CLINIC_REGISTRY, value: row.registryCode }],
    active: row.active,
    type: [
      {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/organization-type', code: 'prov' }],
        text: 'Медицинская организация',
      },
    ],
    name: row.name,
    alias: [row.shortName],
    ...(telecom.length > 0 ? { telecom } : {}),
    address: [{ use: 'work', type: 'physical', text: row.address, state: row.regionName, country: 'RU' }],
  };
}

/** A room (кабинет) → Location of kind «room», managed by its clinic. */
export function toLocation(row: InteropLocation): FhirResource {
  return {
    resourceType: 'Location',
    id: row.id,
    status: 'active',
    name: row.name ?? `Кабинет ${row.room}`,
    ...(row.floor === null ? {} : { description: `Этаж ${row.floor}` }),
    mode: 'instance',
    physicalType: { coding: [{ system: CodeSystem.LOCATION_PHYSICAL_TYPE, code: 'ro' }], text: 'Кабинет' },
    managingOrganization: reference('Organization', row.organizationId),
  };
}

/** Surname, name and patronymic: the patronymic is the second given name, as Russian profiles write it. */
export function toPractitioner(row: InteropPractitioner): FhirResource {
  const given = row.patronymic ? [row.name, row.patronymic] : [row.name];
  return {
    resourceType: 'Practitioner',
    id: row.id,
    active: row.active,
    name: [{ use: 'official', text: [row.surname, ...given].join(' '), family: row.surname, given }],
    gender: row.sex,
  };
}

/** A practitioner at a clinic in a specialty (and maybe a fixed room). */
export function toPractitionerRole(row: InteropPractitionerRole): FhirResource {
  return {
    resourceType: 'PractitionerRole',
    id: row.id,
    active: row.active,
    practitioner: reference('Practitioner', row.practitioner.id, row.practitioner.name),
    organization: reference('Organization', row.organization.id, row.organization.name),
    specialty: [specialtyConcept(row.specialty)],
    ...(row.locationId ? { location: [reference('Location', row.locationId)] } : {}),
  };
}
