import { describe, expect, it } from 'vitest';
import { listDemoAccounts } from './demo-accounts';
import { generateDirectory } from './directory';
import { SEED_PROFILES } from './profiles';
import { planDemoCertificateHolders } from './signing-certificates';

const directory = generateDirectory(SEED_PROFILES.small, 1);
const { staff } = listDemoAccounts({ size: 'small', seed: 1 });

describe('planDemoCertificateHolders', () => {
  it('certifies the demo staff who are practitioners, with their Russian names and clinic', () => {
    const practitioners = planDemoCertificateHolders(directory, staff, 'small').filter(
      (h) => h.kind === 'practitioner',
    );
    const expected = staff.filter((a) => a.practitionerId !== null);
    expect(expected.map((a) => a.role).sort()).toEqual(['doctor', 'nurse']);
    expect(practitioners.map((h) => h.id).sort()).toEqual(expected.map((a) => a.practitionerId).sort());
    for (const holder of practitioners) {
      const person = directory.practitioners.find((p) => p.id === holder.id);
      expect(holder.name.commonName).toBe(`${person?.surname} ${person?.name} ${person?.patronymic}`);
      expect(holder.name.surname).toBe(person?.surname);
      expect(holder.name.title).toMatch(/[А-Яа-я]/);
      expect(holder.name.organization).toBe(staff[0]?.organization?.name);
    }
  });

  it('certifies every clinic of the demo set, and only the staff’s clinic of the large set', () => {
    const organizations = (size: 'small' | 'large') =>
      planDemoCertificateHolders(directory, staff, size).filter((h) => h.kind === 'organization');
    expect(organizations('small').map((h) => h.id)).toEqual(directory.clinics.map((c) => c.id));
    expect(organizations('large').map((h) => h.id)).toEqual([staff[0]?.organization?.id]);
    const clinic = directory.clinics.find((c) => c.id === staff[0]?.organization?.id);
    expect(organizations('large')[0]?.name).toEqual({ commonName: clinic?.name, organization: clinic?.name });
  });
});
