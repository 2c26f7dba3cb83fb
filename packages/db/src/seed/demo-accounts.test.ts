import { readFileSync } from 'node:fs';
import { parsePhone } from '@talon/core/identifiers';
import { checkPassword, isStaff } from '@talon/core/identity';
import { dictionary } from '@zxcvbn-ts/language-common';
import { Secret } from 'otpauth';
import { describe, expect, it } from 'vitest';
import {
  DEMO_PATIENT_ACCOUNTS,
  DEMO_PATIENT_PASSWORD,
  DEMO_STAFF_PASSWORD,
  DEMO_TOTP_SECRET,
  listDemoAccounts,
} from './demo-accounts';
import { generateDirectory } from './directory';
import { SEED_PROFILES } from './profiles';
import { SPECIALTIES } from './staffing';

const commonPasswords = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
const demo = listDemoAccounts();

describe('demo credentials', () => {
  it('pass the password policy: staff as staff (12+), patients as patients (8+)', () => {
    expect(checkPassword(DEMO_STAFF_PASSWORD, { isStaff: true, commonPasswords })).toBeNull();
    expect(checkPassword(DEMO_PATIENT_PASSWORD, { isStaff: false, commonPasswords })).toBeNull();
  });

  it('give staff a 32-character base32 TOTP secret of 160 bits', () => {
    expect(DEMO_TOTP_SECRET).toMatch(/^[A-Z2-7]{32}$/);
    expect(Secret.fromBase32(DEMO_TOTP_SECRET).bytes.length).toBe(20);
  });
});

describe('listDemoAccounts (the demo set)', () => {
  it('has an account for every role, staff with a second factor and patients without', () => {
    const roles = [...demo.staff, ...demo.patients].map((a) => a.role);
    expect(new Set(roles)).toEqual(
      new Set([
        'patient',
        'doctor',
        'nurse',
        'registrar',
        'call_centre',
        'clinic_admin',
        'system_admin',
        'support',
      ]),
    );
    for (const account of demo.staff) {
      expect(isStaff([{ role: account.role, organizationId: account.organization?.id ?? null }])).toBe(true);
      expect(account).toMatchObject({ password: DEMO_STAFF_PASSWORD, totpSecret: DEMO_TOTP_SECRET });
      expect(account.email).toMatch(/^[a-z-]+@demo\.talon\.local$/);
    }
    for (const account of demo.patients) {
      expect(account).toMatchObject({
        password: DEMO_PATIENT_PASSWORD,
        totpSecret: null,
        organization: null,
      });
    }
  });

  it('makes a patient (not the first) the parent of a child under 14 with the same family name', () => {
    const link = demo.representative!;
    const parent = demo.patients.find((a) => a.id === link.accountId)!;
    expect(parent).not.toBe(demo.patients[0]);
    expect(parent.patientId).toBe(link.patientId);
    expect(demo.patients.some((a) => a.patientId === link.ward.patientId)).toBe(false);
    expect(link.ward.birthDate > '2012-01-01').toBe(true);
    const stem = (displayName: string) => displayName.split(' ')[1]!.replace(/а$/, '');
    expect(stem(link.ward.displayName)).toBe(stem(parent.displayName));
  });

  it('gives 1 000 patients distinct E.164 phones that never meet a staff phone', () => {
    expect(demo.patients).toHaveLength(DEMO_PATIENT_ACCOUNTS);
    const phones = [...demo.staff, ...demo.patients].map((a) => a.phone);
    for (const phone of phones) expect(parsePhone(phone ?? '')).toEqual({ ok: true, value: phone });
    expect(new Set(phones).size).toBe(phones.length);
    expect(new Set(demo.patients.map((a) => a.patientId)).size).toBe(DEMO_PATIENT_ACCOUNTS);
    expect(demo.patients[0]?.displayName).toMatch(/^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё-]+$/);
  });

  it('puts clinic staff in the first polyclinic of Moscow, the doctor and nurse being people who work there', () => {
    const directory = generateDirectory(SEED_PROFILES.small, 1);
    const clinic = directory.clinics.find((c) => c.regionCode === '77' && c.kind === 'polyclinic');
    const byRole = new Map(demo.staff.map((a) => [a.role, a]));
    for (const role of ['doctor', 'nurse', 'registrar', 'clinic_admin'] as const) {
      expect(byRole.get(role)?.organization).toEqual({ id: clinic?.id, name: clinic?.name });
    }
    expect(byRole.get('system_admin')?.organization).toBeNull();
    // The call-centre operator serves the clinic's region (docs/domain.md §1), not one clinic.
    expect(byRole.get('call_centre')).toMatchObject({
      email: 'call-centre@demo.talon.local',
      phone: '+78000000006',
      organization: null,
      regionCode: '77',
    });
    const serviceCodes = new Set(SPECIALTIES.filter((s) => s.kind === 'service').map((s) => s.code));
    for (const [role, isService] of [
      ['doctor', false],
      ['nurse', true],
    ] as const) {
      const account = byRole.get(role)!;
      const practitioner = directory.practitioners.find((p) => p.id === account.practitionerId);
      expect(account.displayName).toBe(`${practitioner?.name} ${practitioner?.surname}`);
      const worksThere = directory.roles.some(
        (r) =>
          r.practitionerId === practitioner?.id &&
          r.organizationId === clinic?.id &&
          serviceCodes.has(r.specialtyCode) === isService,
      );
      expect(worksThere).toBe(true);
    }
  });

  it('is deterministic: the same ids and phones every time', () => {
    expect(listDemoAccounts()).toEqual(demo);
  });

  it('works for the large set (no Moscow there: the first polyclinic of the set)', () => {
    const large = listDemoAccounts({ size: 'large', seed: 1 });
    expect(large.patients).toHaveLength(DEMO_PATIENT_ACCOUNTS);
    expect(large.staff.find((a) => a.role === 'doctor')?.organization?.name).toMatch(/поликлиника/);
  });
});

describe('README', () => {
  it('lists the demo accounts as the seed makes them', () => {
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    const [firstPatient] = demo.patients;
    const representative = demo.patients.find((a) => a.id === demo.representative?.accountId);
    const doctor = demo.staff.find((a) => a.role === 'doctor');
    const directory = generateDirectory(SEED_PROFILES.small, 1);
    const doctorRole = directory.roles.find(
      (r) => r.practitionerId === doctor?.practitionerId && r.organizationId === doctor?.organization?.id,
    );
    expect(doctorRole?.specialtyCode).toBe('therapist');
    const expected = [
      DEMO_PATIENT_PASSWORD,
      DEMO_STAFF_PASSWORD,
      DEMO_TOTP_SECRET,
      `«${doctor?.organization?.name}»`,
      `| \`${firstPatient?.phone}\` |`,
      `(${firstPatient?.displayName},`,
      `(${representative?.displayName}, parent of ${demo.representative?.ward.displayName}, born ${demo.representative?.ward.birthDate})`,
      `| \`${representative?.phone}\` |`,
      `(${doctor?.displayName}, therapist)`,
      `(${demo.staff.find((a) => a.role === 'nurse')?.displayName})`,
      ...demo.staff.map((a) => `| \`${a.email}\` | \`${a.phone}\` |`),
    ];
    for (const text of expected) expect(readme).toContain(text);
  });
});
