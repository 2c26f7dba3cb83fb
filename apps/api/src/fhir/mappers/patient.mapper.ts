import type { InteropCoverage, InteropHealthcareService, InteropPatient } from '@talon/core/interop';
import type { FhirResource } from '../fhir-types';
import { reference } from '../fhir-types';
import { CodeSystem, IdentifierSystem } from '../identifier-systems';
import { specialtyConcept } from './directory.mapper';

/** SNILS as the social beneficiary identifier, ЕНП as the insurance subscriber number (HL7 v2 table 0203). */
const identifierType = (code: 'SB' | 'SN', text: string) => ({
  coding: [{ system: CodeSystem.IDENTIFIER_TYPE, code }],
  text,
});

export const snilsIdentifier = (snils: string) => ({
  use: 'official',
  type: identifierType('SB', 'СНИЛС'),
  system: IdentifierSystem.SNILS,
  value: snils,
});

export const enpIdentifier = (enp: string) => ({
  use: 'official',
  type: identifierType('SN', 'Полис ОМС (ЕНП)'),
  system: IdentifierSystem.ENP,
  value: enp,
});

/** A patient's card: name (the patronymic as the second given name), sex, birth date, contacts, SNILS, ЕНП. */
export function toPatient(row: InteropPatient): FhirResource {
  const identifier = [
    ...(row.snils ? [snilsIdentifier(row.snils)] : []),
    ...(row.enp ? [enpIdentifier(row.enp)] : []),
  ];
  const telecom = [
    ...(row.phone ? [{ system: 'phone', value: row.phone, use: 'mobile' }] : []),
    ...(row.email ? [{ system: 'email', value: row.email, use: 'home' }] : []),
  ];
  const given = row.patronymic ? [row.name, row.patronymic] : [row.name];
  return {
    resourceType: 'Patient',
    id: row.id,
    ...(identifier.length > 0 ? { identifier } : {}),
    name: [{ use: 'official', text: [row.surname, ...given].join(' '), family: row.surname, given }],
    ...(telecom.length > 0 ? { telecom } : {}),
    gender: row.sex,
    birthDate: row.birthDate,
  };
}

/**
 * The OMS policy. FHIR's Coverage status has no «suspended»: a suspended or expired policy is `cancelled`
 * (not in force), an active one `active` (docs/fhir.md).
 */
export function toCoverage(row: InteropCoverage): FhirResource {
  const period = {
    ...(row.periodStart ? { start: row.periodStart } : {}),
    ...(row.periodEnd ? { end: row.periodEnd } : {}),
  };
  return {
    resourceType: 'Coverage',
    id: row.id,
    identifier: [enpIdentifier(row.enp)],
    status: row.status === 'active' ? 'active' : 'cancelled',
    type: {
      coding: [{ system: CodeSystem.ACT_CODE, code: 'PUBLICPOL', display: 'public healthcare' }],
      text: 'Обязательное медицинское страхование (ОМС)',
    },
    subscriberId: row.enp,
    beneficiary: reference('Patient', row.patientId),
    relationship: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/subscriber-relationship', code: 'self' }],
      text: 'Застрахованное лицо',
    },
    ...(Object.keys(period).length > 0 ? { period } : {}),
    payor: [{ display: row.insurer.name }],
  };
}

/** A clinic's specialty: who provides it, its rooms, and whether a referral is needed to book it. */
export function toHealthcareService(row: InteropHealthcareService): FhirResource {
  const concept = specialtyConcept(row.specialty);
  const notes = [
    row.specialty.referralRequired ? 'Запись по направлению' : null,
    row.specialty.selfBooking ? 'Самозапись пациентов' : 'Запись через регистратуру',
  ].filter((note): note is string => note !== null);
  return {
    resourceType: 'HealthcareService',
    id: row.id,
    active: row.active,
    providedBy: reference('Organization', row.organization.id, row.organization.name),
    type: [concept],
    specialty: [concept],
    ...(row.locationIds.length > 0
      ? { location: row.locationIds.map((id) => reference('Location', id)) }
      : {}),
    name: `${row.specialty.name} — ${row.organization.name}`,
    comment: notes.join('. '),
    appointmentRequired: true,
  };
}
