import { describe, expect, it } from 'vitest';
import {
  type AddWardValues,
  EMPTY_ADD_WARD,
  MAX_SCAN_BYTES,
  toAddWardRequest,
  validateAddWard,
  validateScan,
} from './add-ward-form.model';

const t = (key: string) => key;
const today = new Date('2026-11-22T12:00:00Z');
const child: AddWardValues = {
  ...EMPTY_ADD_WARD,
  relation: 'parent',
  surname: 'Николаева',
  name: 'Вера',
  birthDate: '14.06.2018',
  sex: 'female',
  document: 'IV-МЮ 123456',
};

describe('validateAddWard', () => {
  it('accepts a child with a birth certificate', () => {
    expect(validateAddWard(child, t, today)).toEqual({});
  });

  it('asks a child for the SNILS or the certificate, a ward for the guardianship decision', () => {
    expect(validateAddWard({ ...child, document: '' }, t, today)).toEqual({
      document: 'family.validation.documentRequired',
    });
    expect(validateAddWard({ ...child, document: '', snils: '112-233-445 95' }, t, today)).toEqual({});
    expect(validateAddWard({ ...child, relation: 'guardian', document: '' }, t, today)).toEqual({
      document: 'family.validation.guardianshipRequired',
    });
  });

  it('checks the choice, the sex and the SNILS with the server rules', () => {
    const errors = validateAddWard({ ...child, relation: '', sex: '', snils: '112-233-445 96' }, t, today);
    expect(errors.relation).toBe('family.validation.relationRequired');
    expect(errors.sex).toBe('auth.validation.sexRequired');
    expect(errors.snils).toMatch(/Контрольное число/);
  });
});

describe('toAddWardRequest', () => {
  it('leaves out empty optional fields', () => {
    expect(toAddWardRequest({ ...child, surname: ' Николаева ' })).toEqual({
      relation: 'parent',
      surname: 'Николаева',
      name: 'Вера',
      patronymic: undefined,
      birthDate: '14.06.2018',
      sex: 'female',
      snils: undefined,
      document: 'IV-МЮ 123456',
    });
  });
});

describe('validateScan', () => {
  const scanOf = (size: number) =>
    new File([new Uint8Array(size)], 'свидетельство.jpg', { type: 'image/jpeg' });

  it('takes no scan and one of 5 MB, and refuses 5 MB and a byte before uploading it', () => {
    expect(validateScan(null, t)).toBeNull();
    expect(validateScan(scanOf(MAX_SCAN_BYTES), t)).toBeNull();
    expect(validateScan(scanOf(MAX_SCAN_BYTES + 1), t)).toBe('family.validation.scanTooLarge');
  });
});
