import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared';
import {
  grantableRoles,
  invitationExpiry,
  isInvitationOpen,
  managedOrganizations,
  managesOrganization,
  parseStaffContact,
  replaceClinicRoles,
  splitFullName,
  validateInvitation,
} from './staff-rules';

const clinicAdmin = { roles: [{ role: 'clinic_admin' as const, organizationId: 'A' }] };
const systemAdmin = { roles: [{ role: 'system_admin' as const, organizationId: null }] };

const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
  return null;
};

describe('staff scope', () => {
  it('gives a clinic admin their clinics and a system admin all', () => {
    expect(managedOrganizations(clinicAdmin)).toEqual(['A']);
    expect(managedOrganizations(systemAdmin)).toBeNull();
    expect(managesOrganization(clinicAdmin, 'A')).toBe(true);
    expect(managesOrganization(clinicAdmin, 'B')).toBe(false);
    expect(managesOrganization(systemAdmin, 'B')).toBe(true);
  });
});

describe('invitations', () => {
  const draft = {
    contact: ' Nurse@Example.RU ',
    fullName: 'Иванова  Анна',
    roles: ['nurse'],
    organizationId: 'A',
  };

  it('reads an e-mail or a +7 phone', () => {
    expect(parseStaffContact(' A@B.ru ')).toEqual({ channel: 'email', value: 'a@b.ru' });
    expect(parseStaffContact('8 916 123-45-67')).toEqual({ channel: 'sms', value: '+79161234567' });
    expect(parseStaffContact('nobody')).toBeNull();
  });

  it('refuses roles a clinic admin may not grant, by name', () => {
    expect(codeOf(() => grantableRoles(['nurse', 'system_admin']))).toBe('STAFF_ROLE_NOT_GRANTABLE');
    expect(codeOf(() => grantableRoles(['call_centre']))).toBe('STAFF_ROLE_NOT_GRANTABLE');
    expect(grantableRoles(['nurse', 'nurse', 'registrar'])).toEqual(['nurse', 'registrar']);
  });

  it('needs the sex of a new doctor or nurse, who gets a practitioner row', () => {
    expect(codeOf(() => validateInvitation(draft, false))).toBe('STAFF_INVITATION_INVALID');
    expect(validateInvitation(draft, true).fullName).toBe('Иванова Анна');
    const valid = validateInvitation({ ...draft, sex: 'female' }, false);
    expect(valid).toMatchObject({
      contact: { channel: 'email', value: 'nurse@example.ru' },
      roles: ['nurse'],
    });
    expect(validateInvitation({ ...draft, roles: ['registrar'] }, false).sex).toBeNull();
  });

  it('names every wrong field at once', () => {
    try {
      validateInvitation({ contact: 'x', fullName: 'Анна', roles: [], organizationId: 'A' }, true);
      expect.unreachable();
    } catch (error) {
      const fields = (error as DomainError).options.fieldErrors?.map((e) => e.field);
      expect(fields).toEqual(['body.contact', 'body.fullName', 'body.roles']);
    }
  });

  it('is open for 72 hours until accepted or replaced', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const expiresAt = invitationExpiry(now);
    expect(expiresAt.toISOString()).toBe('2026-12-04T10:00:00.000Z');
    const open = { acceptedAt: null, replacedAt: null, expiresAt };
    expect(isInvitationOpen(open, new Date('2026-12-04T09:59:59Z'))).toBe(true);
    expect(isInvitationOpen(open, expiresAt)).toBe(false);
    expect(isInvitationOpen({ ...open, replacedAt: now }, now)).toBe(false);
    expect(isInvitationOpen({ ...open, acceptedAt: now }, now)).toBe(false);
  });

  it('splits a Russian full name', () => {
    expect(splitFullName('Иванова Анна Петровна')).toEqual({
      surname: 'Иванова',
      name: 'Анна',
      patronymic: 'Петровна',
    });
    expect(splitFullName('Иванова Анна').patronymic).toBeNull();
  });
});

describe('replacing roles at a clinic', () => {
  const grants = [
    { role: 'clinic_admin' as const, organizationId: 'A' },
    { role: 'doctor' as const, organizationId: 'B' },
    { role: 'patient' as const, organizationId: null },
  ];

  it('changes only the roles at that clinic', () => {
    expect(replaceClinicRoles(grants, 'A', ['clinic_admin', 'registrar'], false)).toEqual([
      { role: 'doctor', organizationId: 'B' },
      { role: 'patient', organizationId: null },
      { role: 'clinic_admin', organizationId: 'A' },
      { role: 'registrar', organizationId: 'A' },
    ]);
  });

  it('refuses an admin removing their own clinic_admin role', () => {
    expect(codeOf(() => replaceClinicRoles(grants, 'A', ['registrar'], true))).toBe('STAFF_SELF_DEMOTE');
    expect(replaceClinicRoles(grants, 'A', ['registrar'], false)).toHaveLength(3);
  });
});
