import { describe, expect, it } from 'vitest';
import type { Principal, RoleGrant } from '../identity';
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
  isWard: false,
  hasBookingConsent: false,
  attachedOrganizationId: 'org1',
  hasCareRelation: false,
  hasEmergencyAccess: false,
};
const patient = principal([{ role: 'patient', organizationId: null }]);
const doctor = principal([{ role: 'doctor', organizationId: 'org1' }], {
  patientId: null,
  practitionerId: 'pr',
});

describe('decidePatientAccess (DESIGN rule 16)', () => {
  it('lets a patient act on their own records and their wards', () => {
    expect(decidePatientAccess(patient, 'me', 'medical', none)).toEqual({ allowed: true, basis: 'self' });
    expect(decidePatientAccess(patient, 'child', 'manage', { ...none, isWard: true })).toEqual({
      allowed: true,
      basis: 'representative',
    });
    expect(decidePatientAccess(patient, 'other', 'read', none)).toEqual({ allowed: false });
  });

  it('limits a booking consent to booking (and the card it needs)', () => {
    const facts = { ...none, hasBookingConsent: true };
    expect(decidePatientAccess(patient, 'adult', 'book', facts).allowed).toBe(true);
    expect(decidePatientAccess(patient, 'adult', 'medical', facts).allowed).toBe(false);
  });

  it('lets a practitioner read patients in care, others only in an emergency, never book in one', () => {
    expect(decidePatientAccess(doctor, 'p', 'medical', { ...none, hasCareRelation: true })).toEqual({
      allowed: true,
      basis: 'care',
    });
    expect(decidePatientAccess(doctor, 'p', 'medical', none)).toEqual({ allowed: false });
    expect(decidePatientAccess(doctor, 'p', 'medical', { ...none, hasEmergencyAccess: true })).toEqual({
      allowed: true,
      basis: 'emergency',
    });
    expect(decidePatientAccess(doctor, 'p', 'book', { ...none, hasEmergencyAccess: true }).allowed).toBe(
      false,
    );
  });

  it('keeps admins out of clinical data', () => {
    const admin = principal([{ role: 'system_admin', organizationId: null }], { patientId: null });
    const clinicAdmin = principal([{ role: 'clinic_admin', organizationId: 'org1' }], { patientId: null });
    expect(decidePatientAccess(admin, 'p', 'read', none).allowed).toBe(false);
    expect(decidePatientAccess(clinicAdmin, 'p', 'read', none)).toEqual({
      allowed: true,
      basis: 'organization',
    });
    expect(decidePatientAccess(clinicAdmin, 'p', 'medical', none).allowed).toBe(false);
  });

  it('lets registrars read cards and book, not read medical data', () => {
    const registrar = principal([{ role: 'registrar', organizationId: 'org2' }], { patientId: null });
    expect(decidePatientAccess(registrar, 'p', 'book', none)).toEqual({ allowed: true, basis: 'registry' });
    expect(decidePatientAccess(registrar, 'p', 'medical', none).allowed).toBe(false);
  });

  it('refuses everything for a missing record or a half-finished login', () => {
    expect(decidePatientAccess(patient, 'me', 'read', { ...none, exists: false }).allowed).toBe(false);
    expect(decidePatientAccess({ ...patient, stage: 'mfa_pending' }, 'me', 'read', none).allowed).toBe(false);
  });
});
