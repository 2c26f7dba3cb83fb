import { normalizeForSearch } from '@talon/core/identifiers';
import {
  allOf,
  type FhirResourceHandler,
  first,
  mapped,
  NO_MATCH,
  ONE,
  referencedIds,
} from '../fhir-resource-handler';
import { referencedId, type SearchQuery, single, tokenParam } from '../fhir-search-params';
import { CodeSystem, IdentifierSystem } from '../identifier-systems';
import { toLocation, toOrganization, toPractitioner, toPractitionerRole } from '../mappers/directory.mapper';

export const specialtyParameter = {
  name: 'specialty',
  type: 'token',
  documentation: `Специальность: ${CodeSystem.SPECIALTY}|<код>`,
} as const;

/** `specialty=[system|]code`: undefined when absent, null when its system is not Talon's (no match). */
export function specialtyOf(query: SearchQuery): string | null | undefined {
  const value = single(query, 'specialty');
  return value === undefined ? undefined : tokenParam('specialty', value, CodeSystem.SPECIALTY);
}

export const organizationResource: FhirResourceHandler = {
  type: 'Organization',
  read: async ({ reads }, id) => first(await reads.organizations({ ids: [id] }, ONE), toOrganization),
  searchParams: [
    {
      name: 'identifier',
      type: 'token',
      documentation: `Код в реестре медицинских организаций: ${IdentifierSystem.CLINIC_REGISTRY}|<код>`,
    },
    { name: 'name', type: 'string', documentation: 'Слова названия или адреса (каждое должно встретиться)' },
  ],
  async search({ reads }, query, page) {
    const identifier = single(query, 'identifier');
    const registryCode =
      identifier === undefined
        ? undefined
        : tokenParam('identifier', identifier, IdentifierSystem.CLINIC_REGISTRY);
    if (registryCode === null) return NO_MATCH;
    const name = single(query, 'name');
    return mapped(
      await reads.organizations({ registryCode, name: name && normalizeForSearch(name) }, page),
      toOrganization,
    );
  },
  includes: {},
};

export const locationResource: FhirResourceHandler = {
  type: 'Location',
  read: async ({ reads }, id) => first(await reads.locations({ ids: [id] }, ONE), toLocation),
  searchParams: [
    { name: 'organization', type: 'reference', documentation: 'Кабинеты медицинской организации' },
  ],
  async search({ reads }, query, page) {
    const organizationId = referencedId('organization', single(query, 'organization'), 'Organization');
    return mapped(await reads.locations({ organizationId }, page), toLocation);
  },
  includes: {},
};

export const practitionerResource: FhirResourceHandler = {
  type: 'Practitioner',
  read: async ({ reads }, id) => first(await reads.practitioners({ ids: [id] }, ONE), toPractitioner),
  searchParams: [{ name: 'name', type: 'string', documentation: 'Слова ФИО (каждое должно встретиться)' }],
  async search({ reads }, query, page) {
    const name = single(query, 'name');
    return mapped(
      await reads.practitioners({ name: name && normalizeForSearch(name) }, page),
      toPractitioner,
    );
  },
  includes: {},
};

export const practitionerRoleResource: FhirResourceHandler = {
  type: 'PractitionerRole',
  read: async ({ reads }, id) => first(await reads.practitionerRoles({ ids: [id] }, ONE), toPractitionerRole),
  searchParams: [
    { name: 'practitioner', type: 'reference', documentation: 'Должности врача' },
    { name: 'organization', type: 'reference', documentation: 'Должности в медицинской организации' },
    { name: 'location', type: 'reference', documentation: 'Должности с закреплённым кабинетом' },
    specialtyParameter,
  ],
  async search({ reads }, query, page) {
    const specialtyCode = specialtyOf(query);
    if (specialtyCode === null) return NO_MATCH;
    const criteria = {
      practitionerId: referencedId('practitioner', single(query, 'practitioner'), 'Practitioner'),
      organizationId: referencedId('organization', single(query, 'organization'), 'Organization'),
      locationId: referencedId('location', single(query, 'location'), 'Location'),
      specialtyCode,
    };
    return mapped(await reads.practitionerRoles(criteria, page), toPractitionerRole);
  },
  includes: {
    'PractitionerRole:practitioner': async ({ reads }, matches) => {
      const ids = referencedIds(matches, 'practitioner', 'Practitioner');
      return (await reads.practitioners({ ids }, allOf(ids))).items.map(toPractitioner);
    },
    'PractitionerRole:organization': async ({ reads }, matches) => {
      const ids = referencedIds(matches, 'organization', 'Organization');
      return (await reads.organizations({ ids }, allOf(ids))).items.map(toOrganization);
    },
  },
};
