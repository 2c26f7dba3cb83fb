import { describe, expect, it } from 'vitest';
import { patientNameOf } from './patient-names';

const me = { patientId: 'p-self', displayName: 'Анатолий Марков' };
const wards = [
  { patient: { id: 'p-child', surname: 'Маркова', name: 'Марина', patronymic: 'Григорьевна' } },
  { patient: { id: 'p-ward', surname: 'Орлов', name: 'Пётр', patronymic: null } },
] as const;

describe('whose visit', () => {
  it('names the user themself and each ward in full', () => {
    expect(patientNameOf('p-self', me, wards)).toEqual({ name: 'Анатолий Марков', isSelf: true });
    expect(patientNameOf('p-child', me, wards)).toEqual({
      name: 'Маркова Марина Григорьевна',
      isSelf: false,
    });
    expect(patientNameOf('p-ward', me, wards)).toEqual({ name: 'Орлов Пётр', isSelf: false });
  });

  it('knows nobody else', () => {
    expect(patientNameOf('p-other', me, wards)).toBeNull();
    expect(patientNameOf('p-self', null, [])).toBeNull();
  });
});
