import { aadFor } from '../crypto/encrypted-columns';
import type { FieldCipher } from '../crypto/field-cipher';
import {
  accountRoles,
  accounts,
  consents,
  locations,
  organizations,
  patients,
  practitionerRoles,
  practitioners,
  representativeLinks,
} from '../schema';
import type { Column } from './batch-writer';
import type { ClinicSeed } from './clinics';
import type { DemoAccountSeed, DemoRepresentativeSeed } from './demo-accounts';
import type { PatientSeed } from './patients';
import type { PractitionerSeed } from './practitioners';
import type { LocationSeed } from './premises';
import type { PractitionerRoleSeed } from './staff';

/** How generated rows map onto the tables; `created_at`/`updated_at` keep their defaults. */
export const organizationColumns: Column<ClinicSeed>[] = [
  { column: organizations.id, value: (c) => c.id },
  { column: organizations.regionCode, value: (c) => c.regionCode },
  { column: organizations.registryCode, value: (c) => c.registryCode },
  { column: organizations.name, value: (c) => c.name },
  { column: organizations.shortName, value: (c) => c.shortName },
  { column: organizations.kind, value: (c) => c.kind },
  { column: organizations.address, value: (c) => c.address },
  { column: organizations.lat, value: (c) => c.lat },
  { column: organizations.lon, value: (c) => c.lon },
  { column: organizations.timeZone, value: (c) => c.timeZone },
  { column: organizations.phone, value: (c) => c.phone },
  { column: organizations.ogrn, value: (c) => c.ogrn },
  { column: organizations.website, value: (c) => c.website },
  { column: organizations.openingHours, value: (c) => c.openingHours },
  { column: organizations.bookingHorizonDays, value: (c) => c.bookingHorizonDays },
  { column: organizations.minNoticeMinutes, value: (c) => c.minNoticeMinutes },
  { column: organizations.cancellationWindowHours, value: (c) => c.cancellationWindowHours },
  { column: organizations.searchText, value: (c) => c.searchText },
];

export const locationColumns: Column<LocationSeed>[] = [
  { column: locations.id, value: (l) => l.id },
  { column: locations.organizationId, value: (l) => l.organizationId },
  { column: locations.room, value: (l) => l.room },
  { column: locations.floor, value: (l) => l.floor },
  { column: locations.name, value: (l) => l.name },
];

export const practitionerColumns: Column<PractitionerSeed>[] = [
  { column: practitioners.id, value: (p) => p.id },
  { column: practitioners.surname, value: (p) => p.surname },
  { column: practitioners.name, value: (p) => p.name },
  { column: practitioners.patronymic, value: (p) => p.patronymic },
  { column: practitioners.sex, value: (p) => p.sex },
  { column: practitioners.qualificationCategory, value: (p) => p.qualificationCategory },
  { column: practitioners.experienceSince, value: (p) => p.experienceSince },
  { column: practitioners.education, value: (p) => p.education },
  { column: practitioners.languages, value: (p) => p.languages },
  { column: practitioners.about, value: (p) => p.about },
  { column: practitioners.searchText, value: (p) => p.searchText },
];

export const practitionerRoleColumns: Column<PractitionerRoleSeed>[] = [
  { column: practitionerRoles.id, value: (r) => r.id },
  { column: practitionerRoles.practitionerId, value: (r) => r.practitionerId },
  { column: practitionerRoles.organizationId, value: (r) => r.organizationId },
  { column: practitionerRoles.specialtyCode, value: (r) => r.specialtyCode },
  { column: practitionerRoles.locationId, value: (r) => r.locationId },
  { column: practitionerRoles.employedSince, value: (r) => r.employedSince },
];

/**
 * SNILS and OMS are stored only as a keyed hash (for look-ups) and AES-GCM ciphertext bound to the row
 * (docs/domain.md rule 18).
 */
export function patientColumns(cipher: FieldCipher): Column<PatientSeed>[] {
  return [
    { column: patients.id, value: (p) => p.id },
    { column: patients.surname, value: (p) => p.surname },
    { column: patients.name, value: (p) => p.name },
    { column: patients.patronymic, value: (p) => p.patronymic },
    { column: patients.birthDate, value: (p) => p.birthDate },
    { column: patients.sex, value: (p) => p.sex },
    { column: patients.snilsHash, value: (p) => cipher.lookupHash(p.snils) },
    {
      column: patients.snilsEncrypted,
      value: (p) => cipher.encrypt(p.snils, aadFor(patients.snilsEncrypted, p.id)),
    },
    { column: patients.omsHash, value: (p) => cipher.lookupHash(p.oms) },
    {
      column: patients.omsEncrypted,
      value: (p) => cipher.encrypt(p.oms, aadFor(patients.omsEncrypted, p.id)),
    },
    { column: patients.phone, value: (p) => p.phone },
    { column: patients.email, value: (p) => p.email },
    { column: patients.address, value: (p) => p.address },
    { column: patients.regionCode, value: (p) => p.regionCode },
    { column: patients.attachedOrganizationId, value: (p) => p.attachedOrganizationId },
    { column: patients.attachmentDistrict, value: (p) => p.attachmentDistrict },
    { column: patients.attachedSince, value: (p) => p.attachedSince },
    { column: patients.privilegedCategory, value: (p) => p.privilegedCategory },
  ];
}

/**
 * Demo accounts: the password hash is given per account (made once per password, see `writeDemoAccounts`);
 * the TOTP secret is encrypted and the SNILS stored as its keyed hash, as for registered accounts.
 */
export function accountColumns(
  cipher: FieldCipher,
  passwordHashOf: (account: DemoAccountSeed) => string,
  seededAt: string,
): Column<DemoAccountSeed>[] {
  return [
    { column: accounts.id, value: (a) => a.id },
    { column: accounts.displayName, value: (a) => a.displayName },
    { column: accounts.patientId, value: (a) => a.patientId },
    { column: accounts.practitionerId, value: (a) => a.practitionerId },
    { column: accounts.phone, value: (a) => a.phone },
    { column: accounts.email, value: (a) => a.email },
    { column: accounts.snilsHash, value: (a) => (a.snils ? cipher.lookupHash(a.snils) : null) },
    { column: accounts.passwordHash, value: passwordHashOf },
    { column: accounts.passwordChangedAt, value: () => seededAt },
    {
      column: accounts.totpSecretEncrypted,
      value: (a) =>
        a.totpSecret ? cipher.encrypt(a.totpSecret, aadFor(accounts.totpSecretEncrypted, a.id)) : null,
    },
    { column: accounts.totpEnabledAt, value: (a) => (a.totpSecret ? seededAt : null) },
  ];
}

export const accountRoleColumns: Column<DemoAccountSeed>[] = [
  { column: accountRoles.id, value: (a) => a.roleGrantId },
  { column: accountRoles.accountId, value: (a) => a.id },
  { column: accountRoles.role, value: (a) => a.role },
  { column: accountRoles.organizationId, value: (a) => a.organization?.id ?? null },
  { column: accountRoles.regionCode, value: (a) => a.regionCode },
];

/** The personal-data consent a registration records, for the demo patients' accounts. */
export function consentColumns(textVersion: string): Column<DemoAccountSeed>[] {
  return [
    { column: consents.id, value: (a) => a.consentId },
    { column: consents.patientId, value: (a) => a.patientId },
    { column: consents.accountId, value: (a) => a.id },
    { column: consents.purpose, value: () => 'personal_data' },
    { column: consents.textVersion, value: () => textVersion },
  ];
}

/** The demo representative's link to the ward, approved by the demo registrar as the registry would. */
export function representativeLinkColumns(
  registrarAccountId: string,
  seededAt: string,
): Column<DemoRepresentativeSeed>[] {
  return [
    { column: representativeLinks.id, value: (r) => r.linkId },
    { column: representativeLinks.representativePatientId, value: (r) => r.patientId },
    { column: representativeLinks.wardPatientId, value: (r) => r.ward.patientId },
    { column: representativeLinks.relation, value: () => 'parent' },
    { column: representativeLinks.status, value: () => 'active' },
    { column: representativeLinks.decidedByAccountId, value: () => registrarAccountId },
    { column: representativeLinks.decidedAt, value: () => seededAt },
  ];
}
