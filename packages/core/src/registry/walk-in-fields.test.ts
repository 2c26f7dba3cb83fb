import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared';
import { parseWalkIn, type WalkInInput } from './walk-in-fields';

const today = new Date('2027-03-10T09:00:00Z');
const card: WalkInInput = {
  surname: ' петрова ',
  name: 'анна',
  patronymic: '',
  birthDate: '05.03.1950',
  sex: 'female',
  snils: '112-233-445 95',
  passport: '45 12 345678',
  address: '  ',
};

const fieldsOf = (input: WalkInInput) => {
  try {
    parseWalkIn(input, today);
  } catch (error) {
    if (error instanceof DomainError) return error.options.fieldErrors?.map((f) => f.field);
    throw error;
  }
  return [];
};

describe('parseWalkIn', () => {
  it('normalises the card typed from the documents', () => {
    expect(parseWalkIn(card, today)).toEqual({
      surname: 'Петрова',
      name: 'Анна',
      patronymic: null,
      birthDate: '1950-03-05',
      sex: 'female',
      snils: '11223344595',
      passport: '4512 345678',
      address: null,
    });
  });

  it('reports every bad field at once, naming each', () => {
    expect(
      fieldsOf({
        ...card,
        snils: '112-233-445 96',
        passport: '45 12',
        birthDate: '01.01.2030',
        name: 'Anna',
      }),
    ).toEqual(['body.name', 'body.birthDate', 'body.snils', 'body.passport']);
  });

  it('refuses an address longer than the card holds', () => {
    expect(fieldsOf({ ...card, address: 'д'.repeat(301) })).toEqual(['body.address']);
  });
});
