import { parseOms, parseSnils } from '@talon/core/identifiers';
import { badRequest } from '../fhir-outcome';
import { type FhirResourceHandler, first, mapped, NO_MATCH, ONE } from '../fhir-resource-handler';
import { referencedId, single } from '../fhir-search-params';
import { IdentifierSystem } from '../identifier-systems';
import { toCoverage, toHealthcareService, toPatient } from '../mappers/patient.mapper';
import { specialtyOf, specialtyParameter } from './directory.resources';
import { recordResource } from './record-resource';

/** `identifier=<system>|<value>` with the system of SNILS or ЕНП: the only way to search patients. */
function patientIdentifier(value: string | undefined): { snils: string } | { enp: string } {
  const bar = value?.indexOf('|') ?? -1;
  const system = value?.slice(0, Math.max(bar, 0));
  const code = value?.slice(bar + 1) ?? '';
  if (system === IdentifierSystem.SNILS) {
    const snils = parseSnils(code);
    if (!snils.ok)
      throw badRequest('Параметр identifier: СНИЛС должен состоять из 11 цифр с верной контрольной суммой.');
    return { snils: snils.value };
  }
  if (system === IdentifierSystem.ENP) {
    const enp = parseOms(code);
    if (!enp.ok)
      throw badRequest('Параметр identifier: ЕНП должен состоять из 16 цифр с верной контрольной суммой.');
    return { enp: enp.value };
  }
  throw badRequest(
    `Пациентов ищут только по идентификатору: identifier=${IdentifierSystem.SNILS}|<СНИЛС> или identifier=${IdentifierSystem.ENP}|<ЕНП>.`,
  );
}

export const patientResource: FhirResourceHandler = {
  type: 'Patient',
  read: async ({ reads }, id) => first(await reads.patients({ ids: [id] }, ONE), toPatient),
  searchParams: [
    {
      name: 'identifier',
      type: 'token',
      documentation: `Только СНИЛС (${IdentifierSystem.SNILS}|<11 цифр>) или ЕНП (${IdentifierSystem.ENP}|<16 цифр>)`,
    },
  ],
  async search({ reads }, query, page) {
    const found = mapped(
      await reads.patients(patientIdentifier(single(query, 'identifier')), page),
      toPatient,
    );
    // An identifier names one person at most: the one found is the subject of the call.
    return { ...found, subjectPatientId: found.matches[0]?.id ?? null };
  },
  includes: {},
};

export const coverageResource = recordResource({
  type: 'Coverage',
  load: (reads) => reads.coverages,
  map: toCoverage,
});

export const healthcareServiceResource: FhirResourceHandler = {
  type: 'HealthcareService',
  read: async ({ reads }, id) =>
    first(await reads.healthcareServices({ ids: [id] }, ONE), toHealthcareService),
  searchParams: [
    { name: 'organization', type: 'reference', documentation: 'Специальности медицинской организации' },
    specialtyParameter,
  ],
  async search({ reads }, query, page) {
    const specialtyCode = specialtyOf(query);
    if (specialtyCode === null) return NO_MATCH;
    const organizationId = referencedId('organization', single(query, 'organization'), 'Organization');
    return mapped(
      await reads.healthcareServices({ organizationId, specialtyCode }, page),
      toHealthcareService,
    );
  },
  includes: {},
};
