import { describe, expect, it } from 'vitest';
import { supportClinics } from './support-clinics';

const visit = (id: string, name: string) => ({ organization: { id, name } });

describe('supportClinics', () => {
  it('puts the attached clinic first and lists each clinic of the visits once', () => {
    expect(
      supportClinics({ organizationId: 'b', organizationName: 'Поликлиника №2' }, [
        visit('a', 'Поликлиника №1'),
        visit('b', 'Поликлиника №2'),
        visit('a', 'Поликлиника №1'),
        visit('c', 'Поликлиника №3'),
      ]),
    ).toEqual([
      { id: 'b', name: 'Поликлиника №2' },
      { id: 'a', name: 'Поликлиника №1' },
      { id: 'c', name: 'Поликлиника №3' },
    ]);
  });

  it('is empty for someone attached nowhere and without visits (a staff account)', () => {
    expect(supportClinics(null, [])).toEqual([]);
    expect(supportClinics(undefined, [visit('a', 'Поликлиника №1')])).toEqual([
      { id: 'a', name: 'Поликлиника №1' },
    ]);
  });
});
