import { describe, expect, it } from 'vitest';
import type { Principal, RoleGrant } from '../identity';
import type { WardLinkFacts } from './parental-access';
import { decidePatientAccess, type PatientAccessFacts } from './patient-access';

const principal = (roles: RoleGrant[], overrides: Partial<Principal> = {}): Principal => ({
  accountId: 'acc',
  sessionId: 'ses',
  transport: 'cookie',
  stage: 'full',
  displayName: 'X',
  patientId: 'me',
  practitionerId: null,
  roles,
  csrfToken: null,
  ...overrides,
});
const none: PatientAccessFacts = {
  exists: true,
  wardLink: null,
  hasBookingConsent: false,
  attachedOrganizationId: 'org1',
  hasCareRelation: false,
  hasEmergencyAccess: false,
  isKnownInRegistryScope: false,
  organization: null,
};
const NOW = new Date('2027-03-10T09:00:00Z');
const patient = principal([{ role: 'patient', organizationId: null }]);
const doctor = principal([{ role: 'doctor', organizationId: 'org1' }], {
  patientId: null,
  practitionerId: 'pr',
});
const registrar = principal([{ role: 'registrar', organizationId: 'orgA' }], { patientId: null });
const callCentre = principal([{ role: 'call_centre', organizationId: null, regionCode: '77' }], {
  patientId: null,
});
const decide = (
  who: Principal,
  patientId: string,
  purpose: Parameters<typeof decidePatientAccess>[2],
  facts: PatientAccessFacts,
) => decidePatientAccess(who, patientId, purpose, facts, NOW);
const parentOf = (birthDate: string, isMedicalAccessAllowed = false): WardLinkFacts => ({
  relation: 'parent',
  wardBirthDate: birthDate,
  wardTimeZone: 'Europe/Moscow',
  isMedicalAccessAllowed,
});

describe('decidePatientAccess (docs/domain.md rules 16 and 24)', () => {
  it('lets a patient act on their own records and their young children’s, with medical data', () => {
    expect(decide(patient, 'me', 'medical', none)).toEqual({ allowed: true, basis: 'self', view: 'medical' });
    expect(decide(patient, 'child', 'medical', { ...none, wardLink: parentOf('2020-01-01') })).toEqual({
      allowed: true,
      basis: 'representative',
      view: 'medical',
    });
    expect(decide(patient, 'other', 'read', none)).toEqual({ allowed: false });
  });

  it('gives a parent of a 15–17-year-old the booking view only, unless the young person allows more', () => {
    const teen = { ...none, wardLink: parentOf('2011-06-01') };
    expect(decide(patient, 'teen', 'medical', teen).allowed).toBe(false);
    expect(decide(patient, 'teen', 'book', teen)).toEqual({
      allowed: true,
      basis: 'representative',
      view: 'booking',
    });
    const allowed = { ...none, wardLink: parentOf('2011-06-01', true) };
    expect(decide(patient, 'teen', 'medical', allowed)).toEqual({
      allowed: true,
      basis: 'representative',
      view: 'medical',
    });
  });

  it("ends a parent's link at 18, but not a guardian's", () => {
    const adult = { ...none, wardLink: parentOf('2009-03-10', true) };
    expect(decide(patient, 'grown', 'book', adult).allowed).toBe(false);
    const ward = { ...none, wardLink: { ...parentOf('1950-01-01'), relation: 'guardian' as const } };
    expect(decide(patient, 'ward', 'medical', ward).allowed).toBe(true);
  });

  it('limits a booking consent to booking and the booking view', () => {
    const facts = { ...none, hasBookingConsent: true };
    expect(decide(patient, 'adult', 'book', facts)).toEqual({
      allowed: true,
      basis: 'booking_consent',
      view: 'booking',
    });
    expect(decide(patient, 'adult', 'read', facts).allowed).toBe(true);
    expect(decide(patient, 'adult', 'medical', facts).allowed).toBe(false);
  });

  it('lets a practitioner read patients in care, others only in an emergency, never book in one', () => {
    expect(decide(doctor, 'p', 'medical', { ...none, hasCareRelation: true })).toEqual({
      allowed: true,
      basis: 'care',
      view: 'medical',
    });
    expect(decide(doctor, 'p', 'medical', none)).toEqual({ allowed: false });
    expect(decide(doctor, 'p', 'medical', { ...none, hasEmergencyAccess: true })).toEqual({
      allowed: true,
      basis: 'emergency',
      view: 'medical',
    });
    expect(decide(doctor, 'p', 'book', { ...none, hasEmergencyAccess: true }).allowed).toBe(false);
  });

  it('keeps admins out of clinical data', () => {
    const admin = principal([{ role: 'system_admin', organizationId: null }], { patientId: null });
    const clinicAdmin = principal([{ role: 'clinic_admin', organizationId: 'org1' }], { patientId: null });
    expect(decide(admin, 'p', 'read', none).allowed).toBe(false);
    expect(decide(clinicAdmin, 'p', 'read', none)).toEqual({
      allowed: true,
      basis: 'organization',
      view: 'booking',
    });
    expect(decide(clinicAdmin, 'p', 'medical', none).allowed).toBe(false);
  });

  it('lets registrars act only for their clinics: booking views, never medical data', () => {
    const atA = { ...none, organization: { organizationId: 'orgA', regionCode: '50' } };
    const atB = { ...none, organization: { organizationId: 'orgB', regionCode: '50' } };
    expect(decide(registrar, 'p', 'book', atA)).toEqual({
      allowed: true,
      basis: 'registry',
      view: 'booking',
    });
    expect(decide(registrar, 'p', 'book', atB).allowed).toBe(false);
    expect(decide(registrar, 'p', 'read', atB).allowed).toBe(false);
    expect(decide(registrar, 'p', 'medical', atA).allowed).toBe(false);
    // Without a clinic: any patient may be booked (the slot's clinic is checked then), only known ones read.
    expect(decide(registrar, 'p', 'book', none).allowed).toBe(true);
    expect(decide(registrar, 'p', 'read', none).allowed).toBe(false);
    expect(decide(registrar, 'p', 'read', { ...none, isKnownInRegistryScope: true }).allowed).toBe(true);
    expect(decide(registrar, 'p', 'manage', { ...none, isKnownInRegistryScope: true }).allowed).toBe(false);
  });

  it("lets a call-centre operator act for every clinic of their region and no other's", () => {
    const inRegion = { ...none, organization: { organizationId: 'orgX', regionCode: '77' } };
    const elsewhere = { ...none, organization: { organizationId: 'orgY', regionCode: '78' } };
    const missing = { ...none, organization: { organizationId: 'gone', regionCode: null } };
    expect(decide(callCentre, 'p', 'book', inRegion)).toEqual({
      allowed: true,
      basis: 'registry',
      view: 'booking',
    });
    expect(decide(callCentre, 'p', 'read', elsewhere).allowed).toBe(false);
    expect(decide(callCentre, 'p', 'book', missing).allowed).toBe(false);
    expect(decide(callCentre, 'p', 'medical', inRegion).allowed).toBe(false);
  });

  it('refuses everything for a missing record or a half-finished login', () => {
    expect(decide(patient, 'me', 'read', { ...none, exists: false }).allowed).toBe(false);
    expect(decide({ ...patient, stage: 'mfa_pending' }, 'me', 'read', none).allowed).toBe(false);
  });
});
